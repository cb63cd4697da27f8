import { z } from 'zod';
import { defineAction } from './action-contract';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import {
  MAX_TEMPLATES_PER_PROMPT,
  NOTIFICATION_KIND_NAMES,
  SUBSCRIPTION_MOMENT_NAMES,
  type NotificationKind,
  type SubscriptionMoment,
} from './notification-kinds';
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

/**
 * Whether a kind's subscription message can reach the caller now, from their answers at the prompts:
 * `on` (grants left), `usedUp` (accepted before, every grant spent), `declined` (the last answer was
 * no), `neverAsked`.
 */
export type PushState = 'on' | 'usedUp' | 'declined' | 'neverAsked';

/** One row of 消息 → 微信推送: a kind, its state, and the moment that asks for it again. */
export interface PushStatus {
  kind: NotificationKind;
  label: string;
  moment: SubscriptionMoment;
  state: PushState;
  /** One-time grants left: each lets one message of the kind through. */
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
   * one-time subscription, each declined one is remembered (for 消息 → 微信推送). At most 3 per
   * prompt; templates must be the configured ones.
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
  /** 消息 → 微信推送: per kind with a configured template that concerns the caller, whether it is on. */
  pushStatus: defineAction<{ pushes: PushStatus[] }>()({
    params: z.object({}),
    allow: EVERYONE,
  }),
};

export type MessagesContract = typeof messagesContract;
export type { NotificationKind, SubscriptionMoment } from './notification-kinds';
