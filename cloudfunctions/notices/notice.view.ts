import type { NoticeDetail, NoticeSummary } from '@core/notice.types';
import type { NoticeDocument } from './notice.repository';
import type { ReceiptDocument } from './receipt.repository';

const iso = (date: Date | null | undefined) => (date ? new Date(date).toISOString() : null);

export const toSummary = (notice: NoticeDocument, receipt: ReceiptDocument | undefined): NoticeSummary => ({
  noticeId: notice._id,
  title: notice.title,
  authorName: notice.authorName,
  pinned: notice.pinned,
  confirmMode: notice.confirmMode,
  status: notice.status === 'recalled' ? 'recalled' : 'published',
  publishedAt: iso(notice.publishedAt) ?? '',
  recallReason: notice.recall?.reason ?? null,
  read: receipt !== undefined,
  confirmed: receipt?.confirmed === true,
});

/** A recalled notice shows why to its recipients, and its content only to those who manage it. */
export const toDetail = (notice: NoticeDocument, receipt: ReceiptDocument | null, canManage: boolean): NoticeDetail => {
  const hidden = notice.status === 'recalled' && !canManage;
  return {
    noticeId: notice._id,
    title: notice.title,
    body: hidden ? [] : notice.body,
    attachments: hidden ? [] : notice.attachments,
    authorName: notice.authorName,
    confirmMode: notice.confirmMode,
    pinned: notice.pinned,
    status: notice.status,
    publishAt: iso(notice.publishAt),
    publishedAt: iso(notice.publishedAt),
    recall: notice.recall ? { reason: notice.recall.reason, at: new Date(notice.recall.at).toISOString() } : null,
    myReceipt: receipt
      ? { readAt: new Date(receipt.readAt).toISOString(), confirmedAt: iso(receipt.confirmedAt), reply: receipt.reply }
      : null,
    audience: canManage ? notice.audience : null,
    history: canManage ? notice.history.map((edit) => ({ ...edit, editedAt: new Date(edit.editedAt).toISOString() })) : null,
    canManage,
  };
};
