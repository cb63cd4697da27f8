import { createHash, randomBytes } from 'node:crypto';
import { NOTIFICATION_KINDS, pageOfNotification, type NotificationFields, type NotificationKind } from '@core/notification-kinds';
import { sendSubscribeMessage, type SubscribeMessage, type SubscribeSendOutcome } from '../wx/subscribe-message';
import { templateDataOf, templateIdOf } from '../wx/subscription-templates';
import { insertMessageOnce } from './message.repository';
import { finishSend, reserveSend, sendIdOf } from './send.repository';

/** What happened to the subscription push of one notification. */
export type PushOutcome = 'sent' | 'failed' | 'unknown' | 'no-subscription' | 'no-template' | 'already-attempted';

export interface NotifyResult {
  messageId: string;
  /** False when a notify with the same key already recorded this message. */
  created: boolean;
  push: PushOutcome;
}

export interface NotifyOptions {
  /**
   * Makes the notification idempotent: the same (kind, key, openid) always gives the same message,
   * so a retried job or trigger never shows it twice nor pushes it twice (e.g. `bookingId:reminder`).
   */
  key?: string;
}

/** Seams for tests: the WeChat call, and points where a crash can be simulated. */
export interface NotifierDependencies {
  send?: (message: SubscribeMessage) => Promise<SubscribeSendOutcome>;
  afterReserved?: () => Promise<void>;
  afterSent?: () => Promise<void>;
}

const messageIdOf = (openid: string, kind: NotificationKind, key?: string) =>
  key === undefined
    ? `m${randomBytes(12).toString('hex')}`
    : `k${createHash('sha256').update(`${kind}\n${key}\n${openid}`).digest('hex').slice(0, 40)}`;

/**
 * The one notification path. Records the message in the user's message center, then — if the
 * kind has a template and the user has a one-time subscription left for it — pushes it at most
 * once: the subscription is spent and the send recorded as `sending` in one transaction BEFORE
 * WeChat is called, then marked `sent`/`failed`. A crash in between leaves `sending`, which the
 * `reconcileSends` timer reports as `unknown`; nothing ever sends it again.
 */
export const createNotifier = (dependencies: NotifierDependencies = {}) => {
  const send = dependencies.send ?? sendSubscribeMessage;

  return async <K extends NotificationKind>(
    openid: string,
    kind: K,
    fields: NotificationFields<K>,
    options: NotifyOptions = {},
  ): Promise<NotifyResult> => {
    const spec = NOTIFICATION_KINDS[kind];
    const plainFields = fields as Record<string, string>;
    const { title, body } = (spec.compose as (values: Record<string, string>) => { title: string; body: string })(plainFields);
    const page = pageOfNotification(kind, plainFields);
    const messageId = messageIdOf(openid, kind, options.key);
    const created = await insertMessageOnce({
      _id: messageId,
      openid,
      kind,
      title,
      body,
      page,
      fields: { ...plainFields },
      read: false,
      createdAt: new Date(),
      readAt: null,
    });

    const templateId = templateIdOf(kind);
    if (!templateId) return { messageId, created, push: 'no-template' };
    // A repeated notify still reaches this point (its first run may have stopped before the
    // reservation); the send's deterministic id is what keeps it to one push.
    const reservation = await reserveSend({ messageId, openid, kind, templateId });
    if (reservation !== 'reserved') return { messageId, created, push: reservation };
    await dependencies.afterReserved?.();

    const sendId = sendIdOf(messageId, templateId);
    let outcome: SubscribeSendOutcome;
    try {
      outcome = await send({ touser: openid, templateId, page, data: templateDataOf(kind, plainFields) });
    } catch (error) {
      // No answer: WeChat may or may not have delivered it. Report, never retry.
      await finishSend(sendId, 'unknown', { error: String((error as Error)?.message ?? error).slice(0, 300) });
      return { messageId, created, push: 'unknown' };
    }
    await dependencies.afterSent?.();
    if (outcome.sent) {
      await finishSend(sendId, 'sent', { msgid: outcome.msgid });
      return { messageId, created, push: 'sent' };
    }
    await finishSend(sendId, 'failed', { errcode: outcome.errcode, error: outcome.errmsg.slice(0, 300) });
    return { messageId, created, push: 'failed' };
  };
};

export const notify = createNotifier();

/**
 * For features whose own write has already succeeded (an approved application, a confirmed
 * booking): the notification must not turn that success into an error, so failures are logged.
 */
export const notifyAfterCommit = async <K extends NotificationKind>(
  openid: string,
  kind: K,
  fields: NotificationFields<K>,
  options: NotifyOptions = {},
): Promise<NotifyResult | null> => {
  try {
    return await notify(openid, kind, fields, options);
  } catch (error) {
    console.error(`[notify] ${kind} to ${openid} failed`, error);
    return null;
  }
};
