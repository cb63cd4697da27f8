import type { ParamsOf } from '@core/action-contract';
import type { NoticesContract } from '@core/notices.contract';
import type {
  AuthoredNotice,
  ConfirmMode,
  FanoutStatus,
  NoticeAudience,
  NoticeBlock,
  NoticeDetail,
  NoticeSummary,
  ReceiptMember,
  ReceiptSummary,
} from '@core/notice.types';
import { callAction } from './cloud';

/** 团委通知 (`notices` cloud function): feed and badge for members, compose and receipts for publishers. */

export type {
  AuthoredNotice,
  ConfirmMode,
  FanoutStatus,
  NoticeAudience,
  NoticeBlock,
  NoticeDetail,
  NoticeSummary,
  ReceiptMember,
  ReceiptSummary,
};

export type PublishParams = ParamsOf<NoticesContract['publish']>;

/** Pinned first, then newest; 20 a page by cursor. */
export const noticeFeed = (params: ParamsOf<NoticesContract['feed']> = {}) => callAction('notices', 'feed', params);

/** The number on the 首页 tab and the 团委通知 card. */
export const noticeUnreadCount = () => callAction('notices', 'unreadCount', {});

/** Opens one notice (call `readNotice` once it is shown). */
export const getNotice = (noticeId: string) => callAction('notices', 'get', { noticeId });

/** Records the read receipt; repeating is harmless. */
export const readNotice = (noticeId: string) => callAction('notices', 'read', { noticeId });

/** 我已确认, or the short reply in reply mode. */
export const confirmNotice = (noticeId: string, reply?: string) =>
  callAction('notices', 'confirm', reply === undefined ? { noticeId } : { noticeId, reply });

export const publishNotice = (params: PublishParams) => callAction('notices', 'publish', params);

export const saveNoticeDraft = (params: ParamsOf<NoticesContract['saveDraft']>) => callAction('notices', 'saveDraft', params);

/** The caller's own notices, drafts included, newest first. */
export const authoredNotices = (params: ParamsOf<NoticesContract['authored']> = {}) => callAction('notices', 'authored', params);

export const noticeReceipts = (noticeId: string) => callAction('notices', 'receipts', { noticeId });

export const noticeReceiptList = (params: ParamsOf<NoticesContract['receiptList']>) => callAction('notices', 'receiptList', params);

/** At most once an hour per notice (REMIND_TOO_SOON otherwise). */
export const remindUnread = (noticeId: string) => callAction('notices', 'remindUnread', { noticeId });

export const noticeFanoutStatus = (noticeId: string) => callAction('notices', 'fanoutStatus', { noticeId });

export const recallNotice = (noticeId: string, reason: string) => callAction('notices', 'recall', { noticeId, reason });

/** Corrects title, body and attachments of a notice; the previous version goes to its history. */
export const editNotice = (params: ParamsOf<NoticesContract['edit']>) => callAction('notices', 'edit', params);
