import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../_lib/action-error';
import type { ActionInvocation, Caller } from '../_lib/define-function';
import { loadMemberAudience, type MemberAudience } from './member-audience';
import { findNotice, type NoticeDocument } from './notice.repository';
import { confirmReceipt, findReceipts, insertReceiptOnce, receiptIdOf, type ReceiptDocument } from './receipt.repository';
import { toDetail } from './notice.view';
import { tallyReceipt } from './receipt-tally.repository';

const isAddressedTo = (notice: NoticeDocument, member: MemberAudience) => notice.audienceKeys.some((key) => member.keys.includes(key));

/** A notice the caller may open as a recipient; anything else is NOT_FOUND, whoever asks. */
const loadAddressed = async (noticeId: string, caller: Caller) => {
  const [notice, member] = await Promise.all([findNotice(noticeId), loadMemberAudience(caller)]);
  const live = notice?.status === 'published' || notice?.status === 'recalled';
  if (!notice || !live || !isAddressedTo(notice, member)) throw new ActionError('NOT_FOUND');
  return { notice, member };
};

const receiptOf = (
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

/** The receipt's deterministic id settles concurrent opens: exactly one insert wins. */
export const read = async ({ params, caller }: ActionInvocation<typeof noticesContract.read>) => {
  const { notice, member } = await loadAddressed(params.noticeId, caller);
  if (notice.status === 'recalled') return { firstRead: false };
  const receipt = receiptOf(notice, member, caller.openid, null, null);
  const firstRead = await insertReceiptOnce(receipt);
  if (firstRead) await tallyReceipt(notice._id, receipt.orgUnitId, { read: true, confirmed: false });
  return { firstRead };
};

/** Insert-or-confirm: whichever of a read and a confirm lands first, the confirmation counts once. */
export const confirm = async ({ params, caller }: ActionInvocation<typeof noticesContract.confirm>) => {
  const { notice, member } = await loadAddressed(params.noticeId, caller);
  if (notice.status === 'recalled') throw new ActionError('NOTICE_STATE', '该通知已撤回');
  if (notice.confirmMode === 'read') throw new ActionError('NOTICE_STATE', '该通知无需确认');
  if (notice.confirmMode === 'reply' && !params.reply) throw new ActionError('INVALID_INPUT', '提交的信息有误：请填写回复');
  const reply = notice.confirmMode === 'reply' ? (params.reply ?? null) : null;
  const now = new Date();
  const receipt = receiptOf(notice, member, caller.openid, now, reply);
  if (await insertReceiptOnce(receipt)) {
    await tallyReceipt(notice._id, receipt.orgUnitId, { read: true, confirmed: true });
    return { firstConfirm: true };
  }
  // The existing receipt keeps the unit it was read under; the counts follow it.
  if (!(await confirmReceipt(receipt._id, now, reply))) return { firstConfirm: false };
  const stored = (await findReceipts([receipt._id])).get(receipt._id);
  await tallyReceipt(notice._id, stored ? stored.orgUnitId : receipt.orgUnitId, { read: false, confirmed: true });
  return { firstConfirm: true };
};
