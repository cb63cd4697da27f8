import { z } from 'zod';
import { defineAction } from './action-contract';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { MAX_TEMPLATES_PER_PROMPT, NOTIFICATION_KIND_NAMES, SUBSCRIPTION_MOMENT_NAMES, type NotificationKind } from './notification-kinds';
import { EVERYONE } from './roles';
import { documentId } from './text.schema';

/** One entry of 我的 → 消息. Dates are ISO strings. */
export interface InAppMessage {
  messageId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** The mini-program page the message opens. */
  page: string;
  read: boolean;
  createdAt: string;
}

/** A template the app may pass to `Taro.requestSubscribeMessage({ tmplIds })`. */
export interface SubscriptionTemplate {
  kind: NotificationKind;
  templateId: string;
  label: string;
}

/** How many one-time subscriptions the caller has left for a template after recording. */
export interface SubscriptionBalance {
  kind: NotificationKind;
  templateId: string;
  remaining: number;
}

const templateIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Za-z0-9_-]{1,128}$/, '模板编号格式不正确');

/** The caller's own message center and WeChat subscription grants. Every action acts on the caller only. */
export const messagesContract = {
  /** Newest first, keyset cursor paging. */
  list: defineAction<Page<InAppMessage>>()({
    params: z.object({ cursor: cursorSchema.optional(), limit: pageLimitSchema }),
    allow: EVERYONE,
  }),
  /** The badge on 我的 → 消息. */
  unreadCount: defineAction<{ unread: number }>()({
    params: z.object({}),
    allow: EVERYONE,
  }),
  /** Marks some (ids of the caller's own messages; others are ignored) or all messages read. */
  markRead: defineAction<{ updated: number }>()({
    params: z.union([z.object({ messageIds: z.array(documentId).min(1).max(100) }).strict(), z.object({ all: z.literal(true) }).strict()]),
    allow: EVERYONE,
  }),
  /**
   * What the user chose in `Taro.requestSubscribeMessage`: each accepted template adds one
   * one-time subscription. At most 3 per prompt; templates must be the configured ones.
   */
  recordSubscriptions: defineAction<{ subscriptions: SubscriptionBalance[] }>()({
    params: z.object({
      grants: z
        .array(z.object({ kind: z.enum(NOTIFICATION_KIND_NAMES), templateId: templateIdSchema, accepted: z.boolean() }))
        .min(1)
        .max(MAX_TEMPLATES_PER_PROMPT, `每次最多 ${MAX_TEMPLATES_PER_PROMPT} 个订阅模板`),
    }),
    allow: EVERYONE,
  }),
  /** The templates to request at a moment (at most 3; empty when none is configured). */
  subscriptionTemplates: defineAction<{ templates: SubscriptionTemplate[] }>()({
    params: z.object({ moment: z.enum(SUBSCRIPTION_MOMENT_NAMES) }),
    allow: EVERYONE,
  }),
};

export type MessagesContract = typeof messagesContract;
export type { NotificationKind, SubscriptionMoment } from './notification-kinds';
