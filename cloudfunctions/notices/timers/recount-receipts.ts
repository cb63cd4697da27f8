import type { TimerTick } from '../../_lib/define-function';
import { walkResumably } from '../../_lib/repair/resumable-walk';
import { correctReceiptTally, pageTalliedNotices, type NoticeDocument, type ReceiptTally } from '../notice.repository';
import { countReceiptsOf, type UnitReceiptCount } from '../receipt.repository';
import { unitKeyOf } from '../receipt-tally';

/** Notices per page: one grouped aggregate over their receipts. */
const NOTICES_PER_PAGE = 20;
/** 400 notices per tick; a longer history is finished by the next ticks. */
const PAGES_PER_TICK = 20;
/**
 * A receipt written less than this ago may still have its bump on the way (inside the function's
 * 10 s timeout); counting it now and then seeing the bump land would count it twice.
 */
export const RECEIPT_SETTLE_MS = 2 * 60_000;

const recountOf = (groups: UnitReceiptCount[]): ReceiptTally => {
  const tally = { read: 0, confirmed: 0, units: {} as Record<string, { read: number; confirmed: number }> };
  for (const group of groups) {
    tally.read += group.read;
    tally.confirmed += group.confirmed;
    const unit = (tally.units[unitKeyOf(group.orgUnitId)] ??= { read: 0, confirmed: 0 });
    unit.read += group.read;
    unit.confirmed += group.confirmed;
  }
  return tally;
};

/** Tallies compared by their numbers; a missing count is 0. */
const canonical = (tally: ReceiptTally | undefined) =>
  JSON.stringify([
    tally?.read ?? 0,
    tally?.confirmed ?? 0,
    Object.entries(tally?.units ?? {})
      .map(([key, unit]) => [key, unit.read ?? 0, unit.confirmed ?? 0] as const)
      .filter(([, read, confirmed]) => read > 0 || confirmed > 0)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  ]);

/**
 * Timer job (every 10 minutes): recounts notices' receipt tallies from the receipts. `read` and
 * `confirm` write the receipt, then bump the tally, so a crash between the two leaves a receipt the
 * summary never counts. A notice whose receipts moved in the last two minutes waits for the next
 * pass; the correction is a compare-and-set on the totals read. Resumable and idempotent.
 */
export const recountReceipts = async ({ time }: TimerTick) => {
  const settledBefore = time.getTime() - RECEIPT_SETTLE_MS;
  let corrected = 0;
  const repair = async (notices: Pick<NoticeDocument, '_id' | 'tally'>[]) => {
    const groups = await countReceiptsOf(notices.map((notice) => notice._id));
    for (const notice of notices) {
      const own = groups.filter((group) => group.noticeId === notice._id);
      if (own.some((group) => group.lastWriteAt.getTime() > settledBefore)) continue;
      const recount = recountOf(own);
      if (canonical(recount) === canonical(notice.tally)) continue;
      if (await correctReceiptTally(notice._id, notice.tally, recount)) corrected += 1;
    }
  };
  const walk = await walkResumably('notices.recountReceipts', {
    readPage: (cursor) => pageTalliedNotices(cursor, NOTICES_PER_PAGE),
    repair,
    pagesPerTick: PAGES_PER_TICK,
    now: time,
  });
  return { ...walk, correctedTallies: corrected };
};
