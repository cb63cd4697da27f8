import type { OrgUnit, ServiceTeam } from '@core/org-units.contract';
import type { OrgUnitDocument } from '../_lib/org-unit.repository';
import type { TeamDocument } from '../_lib/team.repository';

export const toOrgUnit = (doc: OrgUnitDocument): OrgUnit => ({
  orgUnitId: doc._id,
  name: doc.name,
  kind: doc.kind,
  parentId: doc.parentId ?? null,
  order: typeof doc.order === 'number' ? doc.order : 0,
  stage: typeof doc.stage === 'number' ? doc.stage : null,
  years: typeof doc.years === 'number' ? doc.years : null,
  archived: doc.archived === true,
});

/** Teams from before editing have no kind, contact, cover or archived flag: they read as 'other', none, active. */
export const toServiceTeam = (doc: TeamDocument, coverUrl: string | null = null): ServiceTeam => ({
  teamId: doc._id,
  name: doc.name,
  kind: doc.kind ?? 'other',
  summary: doc.summary ?? '',
  contact: doc.contact ?? '',
  coverFileId: doc.coverFileId ?? null,
  coverUrl,
  orgUnitId: doc.orgUnitId,
  archived: doc.archived === true,
});
