import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { insertReceiptOnce } from '../receipt.repository';
import { tallyReceipt } from '../receipt-tally';
import { loadAddressed, receiptOf } from '../addressed-notice';

/** The receipt's deterministic id settles concurrent opens: exactly one insert wins. */
export const read = async ({ params, caller }: ActionInvocation<typeof noticesContract.read>) => {
  const { notice, member } = await loadAddressed(params.noticeId, caller);
  if (notice.status === 'recalled') return { firstRead: false };
  const receipt = receiptOf(notice, member, caller.openid, null, null);
  const firstRead = await insertReceiptOnce(receipt);
  if (firstRead) await tallyReceipt(notice._id, receipt.orgUnitId, { read: true, confirmed: false });
  return { firstRead };
};
