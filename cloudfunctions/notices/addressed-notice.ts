import { ActionError } from '../_lib/action-error';
import type { Caller } from '../_lib/define-function';
import { loadMemberAudience, type MemberAudience } from './member-audience';
import { findNotice, type NoticeDocument } from './notice.repository';
import { receiptIdOf, type ReceiptDocument } from './receipt.repository';

/** Which notices a caller may open as a recipient, and the receipt a read or confirm writes. */
export const isAddressedTo = (notice: NoticeDocument, member: MemberAudience) =>
  notice.audienceKeys.some((key) => member.keys.includes(key));

/** A notice the caller may open as a recipient; anything else is NOT_FOUND, whoever asks. */
export const loadAddressed = async (noticeId: string, caller: Caller) => {
  const [notice, member] = await Promise.all([findNotice(noticeId), loadMemberAudience(caller)]);
  const live = notice?.status === 'published' || notice?.status === 'recalled';
  if (!notice || !live || !isAddressedTo(notice, member)) throw new ActionError('NOT_FOUND');
  return { notice, member };
};

export const receiptOf = (
  notice: NoticeDocument,
  member: MemberAudience,
  openid: string,
  confirmedAt: Date | null,
  reply: string | null,
): ReceiptDocument => ({
  _id: receiptIdOf(notice._id, openid),
  noticeId: notice._id,
  openid,
  name: member.user?.name ?? '',
  orgUnitId: member.user?.orgUnitId ?? null,
  publishedAt: notice.publishedAt as Date,
  live: true,
  readAt: new Date(),
  confirmed: confirmedAt !== null,
  confirmedAt,
  reply,
});
