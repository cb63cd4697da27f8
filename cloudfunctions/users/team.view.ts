import type { ServiceTeam } from '@core/org-units.contract';
import { teamKindLabels } from '@core/org-units.contract';
import type { Caller } from '../_lib/define-function';
import { coverUrlsOf } from '../_lib/storage/cover-urls';
import type { TeamDocument } from '../_lib/team.repository';
import { toServiceTeam } from './org-unit.view';

/** Teams as the app reads them, their covers signed in one batch. */
export const toServiceTeams = async (docs: TeamDocument[], caller: Caller): Promise<ServiceTeam[]> => {
  const covers = await coverUrlsOf(
    docs.map((doc) => doc.coverFileId ?? null),
    caller,
  );
  return docs.map((doc) => toServiceTeam(doc, covers.get(doc.coverFileId ?? '') ?? null));
};

/** What the audit trail keeps of a team: what a reader would recognise. */
export const teamSnapshot = (doc: TeamDocument) => ({
  name: doc.name,
  kind: teamKindLabels[doc.kind ?? 'other'],
  summary: doc.summary ?? '',
  contact: doc.contact ?? '',
  cover: doc.coverFileId ? '有' : '无',
  orgUnitId: doc.orgUnitId,
  archived: doc.archived === true,
});

export const teamTarget = (doc: Pick<TeamDocument, '_id' | 'name'>) => ({ type: 'team' as const, id: doc._id, label: doc.name });
