import type { OrgUnit, ServiceTeam } from '@core/org-units.contract';
import type { OrgUnitDocument } from '../_lib/org-unit.repository';
import type { TeamDocument } from './team.repository';

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

export const toServiceTeam = (doc: TeamDocument): ServiceTeam => ({
  teamId: doc._id,
  name: doc.name,
  summary: doc.summary ?? '',
  orgUnitId: doc.orgUnitId,
});
