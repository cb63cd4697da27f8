import type { NotificationKind } from '@core/notification-kinds';
import { database } from '../cloudbase';
import { inTransaction, readInTransaction } from '../transaction.repository';
import { spendGrantIn } from './subscription.repository';

/**
 * `subscription_sends`: one record per attempt to push a message through one template, written
 * as `sending` BEFORE WeChat is called. `_id` = `<messageId>:<templateId>`, so a message can
 * never be pushed twice through the same template, whatever retries or crashes happen.
 * `unknown` = the call may or may not have reached WeChat; it is reported, never retried.
 */
export type SendStatus = 'sending' | 'sent' | 'failed' | 'unknown';

export interface SendDocument {
  _id: string;
  messageId: string;
  openid: string;
  kind: NotificationKind;
  templateId: string;
  status: SendStatus;
  createdAt: Date;
  updatedAt: Date;
  msgid?: string | null;
  errcode?: number;
  error?: string;
}

const SENDS = 'subscription_sends';
const sends = () => database.collection(SENDS);

export const sendIdOf = (messageId: string, templateId: string) => `${messageId}:${templateId}`;

export type Reservation = 'reserved' | 'already-attempted' | 'no-subscription';

/**
 * In one transaction: uses up one of the user's subscriptions for the template and records the
 * send as `sending`. Snapshot isolation with first-writer-wins makes two concurrent reservations
 * on the same counter conflict, so a grant is never spent twice.
 */
export const reserveSend = (send: Omit<SendDocument, '_id' | 'status' | 'createdAt' | 'updatedAt'>): Promise<Reservation> =>
  inTransaction(async (tx) => {
    const _id = sendIdOf(send.messageId, send.templateId);
    if (await readInTransaction<SendDocument>(tx, SENDS, _id)) return 'already-attempted' as const;
    const now = new Date();
    if (!(await spendGrantIn(tx, send.openid, send.templateId, now))) return 'no-subscription' as const;
    await tx.collection(SENDS).add({ ...send, _id, status: 'sending', createdAt: now, updatedAt: now });
    return 'reserved' as const;
  });

/**
 * Records WeChat's answer. Conditional on the send still being open (`sending`, or `unknown` if a
 * reconcile got there first), so a finished send never changes again.
 */
export const finishSend = async (sendId: string, status: 'sent' | 'failed' | 'unknown', details: Partial<SendDocument> = {}) => {
  const _ = database.command;
  await sends()
    .where({ _id: sendId, status: _.in(status === 'unknown' ? ['sending'] : ['sending', 'unknown']) })
    .update({ ...details, status, updatedAt: new Date() });
};

/**
 * Marks sends stuck in `sending` since before `cutoff` as `unknown` (their function crashed or
 * timed out mid-call). Each document changes only if it is still `sending`, so overlapping or
 * retried ticks change each record once; answers how many this call changed.
 */
export const markStaleSendsUnknown = async (cutoff: Date, batch = 100): Promise<number> => {
  const _ = database.command;
  const { data } = await sends()
    .where({ status: 'sending', updatedAt: _.lt(cutoff) })
    .orderBy('updatedAt', 'asc')
    .limit(batch)
    .field({ _id: true })
    .get();
  let changed = 0;
  for (const { _id } of data as { _id: string }[]) {
    const { updated } = (await sends()
      .where({ _id, status: 'sending' })
      .update({ status: 'unknown', updatedAt: new Date(), error: 'no outcome recorded: the sending function stopped mid-call' })) as {
      updated?: number;
    };
    changed += updated ?? 0;
  }
  return changed;
};
