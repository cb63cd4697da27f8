import { z } from 'zod';
import { defineAction } from './action-contract';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { noticeDraftShape, noticeIdSchema, recallReasonSchema, replySchema } from './notice.schema';
import type { AuthoredNotice, FanoutStatus, NoticeDetail, NoticeSummary, ReceiptMember, ReceiptSummary } from './notice.types';
import { EVERYONE, type Role } from './roles';

/** Admins publish to anyone; a team leader only to the teams they lead (checked in the handler). */
const PUBLISHERS: readonly Role[] = ['admin', 'leader'];

const byId = z.object({ noticeId: noticeIdSchema }).strict();

/**
 * `notices`: League notices. A notice stores its audience once (no per-recipient rows); a receipt
 * is written when a member reads or confirms; pushes go out in batches from a timer.
 * Feed, badge and opening are open to every signed-in caller: a guest simply matches no audience.
 * Managing a notice (receipts, remind, recall, edit) is its author's or an admin's.
 */
export const noticesContract = {
  publish: defineAction<{ noticeId: string; status: 'published' | 'scheduled' }>()({
    params: z.object({ ...noticeDraftShape, draftId: noticeIdSchema.optional() }).strict(),
    allow: PUBLISHERS,
  }),
  /** Creates a draft, or updates the caller's draft named by `noticeId`. Not validated for audience reach until publish. */
  saveDraft: defineAction<{ noticeId: string }>()({
    params: z.object({ ...noticeDraftShape, noticeId: noticeIdSchema.optional() }).strict(),
    allow: PUBLISHERS,
  }),
  /** Pinned first, then newest; since the member joined. Recalled notices stay, marked, without body. */
  feed: defineAction<Page<NoticeSummary>>()({
    params: z.object({ cursor: cursorSchema.optional(), limit: pageLimitSchema }).strict(),
    allow: EVERYONE,
  }),
  unreadCount: defineAction<{ count: number }>()({ params: z.object({}).strict(), allow: EVERYONE }),
  /** Opens a notice: members of its audience, its author and admins (drafts: author/admin = preview). */
  get: defineAction<NoticeDetail>()({ params: byId, allow: EVERYONE }),
  /** Records the caller's read receipt once; repeating is harmless. */
  read: defineAction<{ firstRead: boolean }>()({ params: byId, allow: EVERYONE }),
  /** For confirm mode "confirm" (no reply) or "reply" (reply required, ≤ 200 characters). */
  confirm: defineAction<{ firstConfirm: boolean }>()({
    params: z.object({ noticeId: noticeIdSchema, reply: replySchema.optional() }).strict(),
    allow: EVERYONE,
  }),
  /** The caller's own notices (drafts included), newest first. */
  authored: defineAction<Page<AuthoredNotice>>()({
    params: z.object({ cursor: cursorSchema.optional(), limit: pageLimitSchema }).strict(),
    allow: PUBLISHERS,
  }),
  receipts: defineAction<ReceiptSummary>()({ params: byId, allow: PUBLISHERS }),
  /** `read`: members with a receipt (newest first); `notYet`: audience members without one, by openid. */
  receiptList: defineAction<Page<ReceiptMember>>()({
    params: z
      .object({ noticeId: noticeIdSchema, which: z.enum(['read', 'notYet']), cursor: cursorSchema.optional(), limit: pageLimitSchema })
      .strict(),
    allow: PUBLISHERS,
  }),
  /**
   * At most once an hour per notice (REMIND_TOO_SOON); sent in batches to those without a receipt,
   * `reminding` of them (NOTHING_TO_REMIND when everyone has read it).
   */
  remindUnread: defineAction<{ jobId: string; reminding: number }>()({ params: byId, allow: PUBLISHERS }),
  fanoutStatus: defineAction<{ jobs: FanoutStatus[] }>()({ params: byId, allow: PUBLISHERS }),
  recall: defineAction<{ noticeId: string }>()({
    params: z.object({ noticeId: noticeIdSchema, reason: recallReasonSchema }).strict(),
    allow: PUBLISHERS,
  }),
  /** Corrects title, body and attachments; the previous version goes to the history. */
  edit: defineAction<{ noticeId: string; version: number }>()({
    params: z
      .object({
        noticeId: noticeIdSchema,
        title: noticeDraftShape.title,
        body: noticeDraftShape.body,
        attachments: noticeDraftShape.attachments,
      })
      .strict(),
    allow: PUBLISHERS,
  }),
};

export type NoticesContract = typeof noticesContract;
