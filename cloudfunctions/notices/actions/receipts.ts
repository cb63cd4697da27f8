import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { loadManagedNotice } from '../manage-access';
import { loadOrgTree } from '../../_lib/org-tree';
import { audienceTallyOf, orgUnitOfKey } from '../receipt-tally';

/**
 * One notice read (plus the guard's user read): receipt counts are kept on the notice by the
 * first receipt / first confirmation (`tally`), the audience is counted once by the first summary
 * (`audienceTally`). `notYet` = audience − read, so a reader who left the audience does not make
 * it negative.
 */
export const receipts = async ({ params, caller }: ActionInvocation<typeof noticesContract.receipts>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  const tree = await loadOrgTree();
  const audience = await audienceTallyOf(notice, tree);
  const tally = notice.tally ?? {};
  const units = new Map<string, { audience: number; read: number; confirmed: number }>();
  const unitOf = (key: string) => units.get(key) ?? units.set(key, { audience: 0, read: 0, confirmed: 0 }).get(key)!;
  for (const [key, n] of Object.entries(audience.units)) unitOf(key).audience += n;
  for (const [key, counts] of Object.entries(tally.units ?? {})) {
    unitOf(key).read += counts.read ?? 0;
    unitOf(key).confirmed += counts.confirmed ?? 0;
  }
  const read = tally.read ?? 0;
  return {
    audience: audience.size,
    read,
    confirmed: tally.confirmed ?? 0,
    notYet: Math.max(0, audience.size - read),
    byOrgUnit: [...units].map(([key, counts]) => {
      const orgUnitId = orgUnitOfKey(key);
      return { orgUnitId, name: tree.nameOf(orgUnitId), ...counts };
    }),
    lastRemindedAt: notice.lastRemindedAt.getTime() > 0 ? new Date(notice.lastRemindedAt).toISOString() : null,
  };
};
