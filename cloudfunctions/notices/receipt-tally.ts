import { audienceByOrgUnit, audienceFilter, countAudience } from '../_lib/user.repository';
import { bumpReceiptTally, storeAudienceTally, type AudienceTally, type NoticeDocument } from './notice.repository';
import { loadOrgTree, type OrgTree } from '../_lib/org-tree';
import { audienceFacts, noticeTeamOf } from '../_lib/stats/stat-facts-of';
import { pendingFacts } from '../_lib/stats/count-facts';

/**
 * A field name for an org unit inside `tally.units` / `audienceTally.units`: URI-encoded, so no
 * `.` or `$` reaches a field path; `%` alone (never produced by encoding) stands for "no unit".
 */
export const unitKeyOf = (orgUnitId: string | null): string => (orgUnitId ? encodeURIComponent(orgUnitId).replace(/\./g, '%2E') : '%');

export const orgUnitOfKey = (key: string): string | null => (key === '%' ? null : decodeURIComponent(key));

/**
 * Counts a receipt on its notice: called only by the caller whose insert created the receipt
 * (`read`, and `confirmed` too when it was created confirmed) or whose `confirmed: false → true`
 * update matched, so each is counted exactly once whatever the concurrency. One update.
 */
export const tallyReceipt = (noticeId: string, orgUnitId: string | null, counts: { read: boolean; confirmed: boolean }) =>
  bumpReceiptTally(noticeId, unitKeyOf(orgUnitId), counts);

/**
 * The audience's size, total and per unit, counted once per notice (one count and one grouped
 * aggregate over the members) and kept on the notice; concurrent first summaries may both count,
 * only the first stored count stays.
 */
export const audienceTallyOf = async (notice: NoticeDocument, tree: OrgTree): Promise<AudienceTally> => {
  if (notice.audienceTally) return notice.audienceTally;
  const filter = audienceFilter(notice.audience, tree, notice.audienceKeys);
  const [size, units] = await Promise.all([countAudience(filter), audienceByOrgUnit(filter)]);
  const tally: AudienceTally = {
    size,
    units: Object.fromEntries([...units].map(([orgUnitId, n]) => [unitKeyOf(orgUnitId), n])),
    countedAt: new Date(),
  };
  const pending = await pendingFacts({ kind: 'notice', id: notice._id });
  await storeAudienceTally(notice._id, tally);
  // Concurrent first summaries may both get here: the facts' ids count the audience once.
  const sizes = [...units].map(([orgUnitId, size]) => ({ orgUnitId, size }));
  await pending.count('notices.audience', audienceFacts(notice, sizes, noticeTeamOf(notice.audience)));
  return tally;
};

/** Audience members with no receipt yet (audience − read): whom 提醒未读 reaches, as 未读 shows it. */
export const unreadCountOf = async (notice: NoticeDocument, tree?: OrgTree): Promise<number> => {
  const audience = await audienceTallyOf(notice, tree ?? (await loadOrgTree()));
  return Math.max(0, audience.size - (notice.tally?.read ?? 0));
};
