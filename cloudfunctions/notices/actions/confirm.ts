import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { confirmReceipt, findReceipts, insertReceiptOnce } from '../receipt.repository';
import { tallyReceipt } from '../receipt-tally';
import { loadAddressed, receiptOf } from '../addressed-notice';
import { noticeTeamOf, receiptFacts } from '../../_lib/stats/stat-facts-of';
import { pendingFacts } from '../../_lib/stats/count-facts';

/** Insert-or-confirm: whichever of a read and a confirm lands first, the confirmation counts once. */
export const confirm = async ({ params, caller }: ActionInvocation<typeof noticesContract.confirm>) => {
  const { notice, member } = await loadAddressed(params.noticeId, caller);
  if (notice.status === 'recalled') throw new ActionError('NOTICE_STATE', '该通知已撤回');
  if (notice.confirmMode === 'read') throw new ActionError('NOTICE_STATE', '该通知无需确认');
  if (notice.confirmMode === 'reply' && !params.reply) throw new ActionError('INVALID_INPUT', '提交的信息有误：请填写回复');
  const reply = notice.confirmMode === 'reply' ? (params.reply ?? null) : null;
  const now = new Date();
  const receipt = receiptOf(notice, member, caller.openid, now, reply);
  const pending = await pendingFacts({ kind: 'receipt', id: receipt._id });
  if (await insertReceiptOnce(receipt)) {
    await tallyReceipt(notice._id, receipt.orgUnitId, { read: true, confirmed: true });
    await pending.count('notices.confirm', receiptFacts(receipt, noticeTeamOf(notice.audience)));
    return { firstConfirm: true };
  }
  await pending.drop();
  // The existing receipt keeps the unit it was read under; the counts follow it.
  if (!(await confirmReceipt(receipt._id, now, reply))) return { firstConfirm: false };
  const stored = (await findReceipts([receipt._id])).get(receipt._id);
  await tallyReceipt(notice._id, stored ? stored.orgUnitId : receipt.orgUnitId, { read: false, confirmed: true });
  return { firstConfirm: true };
};
