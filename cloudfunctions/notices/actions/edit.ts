import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { checkContent } from '../compose-notice';
import { loadManagedNotice } from '../manage-access';
import { saveNoticeEdit } from '../notice.repository';

/** The previous version goes to `history`; the version condition makes concurrent edits one winner. */
export const edit = async ({ params, caller }: ActionInvocation<typeof noticesContract.edit>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  if (notice.status === 'recalled') throw new ActionError('NOTICE_STATE', '已撤回的通知不能修改');
  await checkContent(caller.openid, params.title, params.body, params.attachments);
  const now = new Date();
  const previous = { title: notice.title, body: notice.body, attachments: notice.attachments, editedAt: now, editedBy: caller.openid };
  const saved = await saveNoticeEdit(notice, { title: params.title, body: params.body, attachments: params.attachments }, previous, now);
  if (!saved) throw new ActionError('CONFLICT', '通知刚被他人修改，请刷新后重试');
  return { noticeId: notice._id, version: notice.version + 1 };
};
