import { ActionError } from '../_lib/action-error';
import type { Caller } from '../_lib/define-function';
import { findNotice, type NoticeDocument } from './notice.repository';

/**
 * Managing a notice is its author's or an admin's. The router only knows "a leader somewhere",
 * so the notice decides; someone else's notice answers NOT_FOUND, as if it did not exist.
 */
export const loadManagedNotice = async (noticeId: string, caller: Caller): Promise<NoticeDocument> => {
  const notice = await findNotice(noticeId);
  if (!notice) throw new ActionError('NOT_FOUND');
  if (notice.authorOpenid !== caller.openid && !(await caller.roles()).includes('admin')) throw new ActionError('NOT_FOUND');
  return notice;
};
