import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { findReceipts, insertReceiptOnce } from '../receipt.repository';
import { tallyReceipt } from '../receipt-tally';
import { loadAddressed, receiptOf } from '../addressed-notice';
import { markNoticeMessagesRead } from '../../_lib/notify/message.repository';
import { noticeTeamOf, receiptFacts } from '../../_lib/stats/stat-facts-of';
import { pendingFacts } from '../../_lib/stats/count-facts';

/**
 * The receipt's deterministic id settles concurrent opens: exactly one insert wins. Every open
 * also reads the notice's 消息 copies, so the notices badge and the messages badge agree.
 */
export const read = async ({ params, caller }: ActionInvocation<typeof noticesContract.read>) => {
  const { notice, member } = await loadAddressed(params.noticeId, caller);
  if (notice.status === 'recalled') return { firstRead: false };
  const receipt = receiptOf(notice, member, caller.openid, null, null);
  // A re-open (the usual case) finds its receipt and writes nothing; a first read notes its fact first.
  const seen = (await findReceipts([receipt._id])).has(receipt._id);
  const pending = seen ? null : await pendingFacts({ kind: 'receipt', id: receipt._id });
  const firstRead = !seen && (await insertReceiptOnce(receipt));
  if (firstRead) {
    await tallyReceipt(notice._id, receipt.orgUnitId, { read: true, confirmed: false });
    await pending?.count('notices.read', receiptFacts(receipt, noticeTeamOf(notice.audience)));
  } else await pending?.drop();
  await markNoticeMessagesRead(caller.openid, notice._id);
  return { firstRead };
};
