import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { loadMemberAudience } from '../member-audience';
import { findNotice } from '../notice.repository';
import { findReceipts, receiptIdOf } from '../receipt.repository';
import { toDetail } from '../notice.view';
import { isAddressedTo } from '../addressed-notice';

/** Opening: recipients see it (recalled: title and reason only); author and admins see everything, drafts too (preview). */
export const get = async ({ params, caller }: ActionInvocation<typeof noticesContract.get>) => {
  const notice = await findNotice(params.noticeId);
  if (!notice) throw new ActionError('NOT_FOUND');
  const canManage = notice.authorOpenid === caller.openid || (await caller.roles()).includes('admin');
  const member = await loadMemberAudience(caller);
  const live = notice.status === 'published' || notice.status === 'recalled';
  if (!canManage && !(live && isAddressedTo(notice, member))) throw new ActionError('NOT_FOUND');
  const receipt = (await findReceipts([receiptIdOf(notice._id, caller.openid)])).get(receiptIdOf(notice._id, caller.openid)) ?? null;
  return toDetail(notice, receipt, canManage);
};
