import type { ParamsOf } from '@core/action-contract';
import type { Page } from '@core/page.schema';
import type { noticesContract } from '@core/notices.contract';
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
import { callFunction } from './cloud';

/** 团委通知 (`notices` cloud function): feed and badge for members, compose and receipts for publishers. */

type NoticesContract = typeof noticesContract;

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
export const noticeFeed = (params: ParamsOf<NoticesContract['feed']> = {}) => callFunction<Page<NoticeSummary>>('notices', 'feed', params);

/** The number on the 首页 tab and the 团委通知 card. */
export const noticeUnreadCount = () => callFunction<{ count: number }>('notices', 'unreadCount');

/** Opens one notice (call `readNotice` once it is shown). */
export const getNotice = (noticeId: string) => callFunction<NoticeDetail>('notices', 'get', { noticeId });

/** Records the read receipt; repeating is harmless. */
export const readNotice = (noticeId: string) => callFunction<{ firstRead: boolean }>('notices', 'read', { noticeId });

/** 我已确认, or the short reply in reply mode. */
export const confirmNotice = (noticeId: string, reply?: string) =>
  callFunction<{ firstConfirm: boolean }>('notices', 'confirm', reply === undefined ? { noticeId } : { noticeId, reply });

export const publishNotice = (params: PublishParams) =>
  callFunction<{ noticeId: string; status: 'published' | 'scheduled' }>('notices', 'publish', params);

export const saveNoticeDraft = (params: ParamsOf<NoticesContract['saveDraft']>) =>
  callFunction<{ noticeId: string }>('notices', 'saveDraft', params);

/** The caller's own notices, drafts included, newest first. */
export const authoredNotices = (params: ParamsOf<NoticesContract['authored']> = {}) =>
  callFunction<Page<AuthoredNotice>>('notices', 'authored', params);

export const noticeReceipts = (noticeId: string) => callFunction<ReceiptSummary>('notices', 'receipts', { noticeId });

export const noticeReceiptList = (params: ParamsOf<NoticesContract['receiptList']>) =>
  callFunction<Page<ReceiptMember>>('notices', 'receiptList', params);

/** At most once an hour per notice (REMIND_TOO_SOON otherwise). */
export const remindUnread = (noticeId: string) => callFunction<{ jobId: string }>('notices', 'remindUnread', { noticeId });

export const noticeFanoutStatus = (noticeId: string) => callFunction<{ jobs: FanoutStatus[] }>('notices', 'fanoutStatus', { noticeId });

export const recallNotice = (noticeId: string, reason: string) =>
  callFunction<{ noticeId: string }>('notices', 'recall', { noticeId, reason });

/** Corrects title, body and attachments of a notice; the previous version goes to its history. */
export const editNotice = (params: ParamsOf<NoticesContract['edit']>) =>
  callFunction<{ noticeId: string; version: number }>('notices', 'edit', params);
