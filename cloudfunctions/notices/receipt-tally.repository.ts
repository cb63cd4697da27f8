import { database } from '../_lib/cloudbase';
import { audienceByOrgUnit, audienceFilter, countAudience } from './audience-members.repository';
import { notices, type AudienceTally, type NoticeDocument } from './notice.repository';
import type { OrgTree } from '../_lib/org-tree.repository';

const _ = database.command;

/**
 * A field name for an org unit inside `tally.units` / `audienceTally.units`: URI-encoded, so no
 * `.` or `$` reaches a field path; `%` alone (never produced by encoding) stands for "no unit".
 */
export const unitKeyOf = (orgUnitId: string | null): string => (orgUnitId ? encodeURIComponent(orgUnitId).replace(/\./g, '%2E') : '%');

export const orgUnitOfKey = (key: string): string | null => (key === '%' ? null : decodeURIComponent(key));

/**
 * Counts a receipt on its notice: called only by the caller whose insert created the receipt
 * (`read`, and `confirmed` too when it was created confirmed) or whose `confirmed: false → true`
 * update matched, so each is counted exactly once whatever the concurrency. One `_.inc` update.
 */
export const tallyReceipt = async (noticeId: string, orgUnitId: string | null, counts: { read: boolean; confirmed: boolean }) => {
  const unit: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const key of ['read', 'confirmed'] as const) {
    if (!counts[key]) continue;
    fields[key] = _.inc(1);
    unit[key] = _.inc(1);
  }
  if (Object.keys(fields).length === 0) return;
  await notices()
    .doc(noticeId)
    .update({ tally: { ...fields, units: { [unitKeyOf(orgUnitId)]: unit } } });
};

/**
 * The audience's size, total and per unit, counted once per notice (one count and one grouped
 * aggregate over the members) and kept on the notice; concurrent first summaries may both count,
 * only the first stored count stays.
 */
export const audienceTallyOf = async (notice: NoticeDocument, tree: OrgTree): Promise<AudienceTally> => {
  if (notice.audienceTally) return notice.audienceTally;
  const filter = audienceFilter(notice.audience, tree);
  const [size, units] = await Promise.all([countAudience(filter), audienceByOrgUnit(filter)]);
  const tally: AudienceTally = {
    size,
    units: Object.fromEntries([...units].map(([orgUnitId, n]) => [unitKeyOf(orgUnitId), n])),
    countedAt: new Date(),
  };
  await notices()
    .where({ _id: notice._id, audienceTally: _.exists(false) })
    .update({ audienceTally: tally });
  return tally;
};
