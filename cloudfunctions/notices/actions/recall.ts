import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { loadManagedNotice } from '../manage-access';
import { recallNotice } from '../notice.repository';
import { retireReceipts } from '../receipt.repository';

/** Recipients keep the title and see the reason; receipts leave every badge; pending pushes stop. */
export const recall = async ({ params, caller }: ActionInvocation<typeof noticesContract.recall>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  const recalled = await recallNotice(notice._id, { reason: params.reason, at: new Date(), by: caller.openid });
  if (!recalled) throw new ActionError('NOTICE_STATE', '该通知不是已发布状态，不能撤回');
  await retireReceipts(notice._id);
  return { noticeId: notice._id };
};
