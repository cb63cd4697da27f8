import type { NotificationKind } from '@core/notification-kinds';
import { database } from '../cloudbase';
import { readInTransaction, type TransactionScope } from '../transaction.repository';
import { isDuplicateWrite } from '../database-error';

/**
 * `subscriptions`: one-time subscription messages a user has granted and not yet used, per
 * template, and their last answer at a prompt. `_id` = `<openid>:<templateId>` so each pair has
 * exactly one counter.
 */
export interface SubscriptionDocument {
  _id: string;
  openid: string;
  kind: NotificationKind;
  templateId: string;
  remaining: number;
  /** The last answer at a prompt (absent on counters written before answers were kept: those were accepts). */
  lastAnswer?: 'accept' | 'reject';
  answeredAt?: Date;
  updatedAt: Date;
}

const SUBSCRIPTIONS = 'subscriptions';
const subscriptions = () => database.collection(SUBSCRIPTIONS);

export const subscriptionId = (openid: string, templateId: string) => `${openid}:${templateId}`;

/** Adds one grant with an atomic increment; the first grant creates the counter (a lost insert race retries the increment). */
export const addGrant = async (openid: string, kind: NotificationKind, templateId: string): Promise<void> => {
  const _id = subscriptionId(openid, templateId);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const now = new Date();
    const { updated } = (await subscriptions()
      .where({ _id })
      .update({ remaining: database.command.inc(1), kind, lastAnswer: 'accept', answeredAt: now, updatedAt: now })) as { updated?: number };
    if ((updated ?? 0) > 0) return;
    try {
      await subscriptions().add({ _id, openid, kind, templateId, remaining: 1, lastAnswer: 'accept', answeredAt: now, updatedAt: now });
      return;
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
    }
  }
  throw new Error(`could not record a grant for ${_id}`);
};

/**
 * Remembers a "no" at the prompt; grants still left stay (WeChat keeps them too). The first answer
 * creates the counter at 0; when a concurrent answer created it first, the update is retried once
 * (an update that changes nothing reports 0 updated, which is then fine).
 */
export const recordDecline = async (openid: string, kind: NotificationKind, templateId: string): Promise<void> => {
  const _id = subscriptionId(openid, templateId);
  const now = new Date();
  const change = { kind, lastAnswer: 'reject', answeredAt: now, updatedAt: now };
  const { updated } = (await subscriptions().where({ _id }).update(change)) as { updated?: number };
  if ((updated ?? 0) > 0) return;
  try {
    await subscriptions().add({ _id, openid, templateId, remaining: 0, ...change });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    await subscriptions().where({ _id }).update(change);
  }
};

/** Every counter of a user (one per template ever answered: a handful). */
export const subscriptionsOf = async (openid: string): Promise<SubscriptionDocument[]> => {
  const { data } = await subscriptions().where({ openid }).limit(100).get();
  return data as SubscriptionDocument[];
};

export const remainingOf = async (openid: string, templateIds: string[]): Promise<Map<string, number>> => {
  const ids = templateIds.map((templateId) => subscriptionId(openid, templateId));
  const { data } = await subscriptions()
    .where({ _id: database.command.in(ids) })
    .limit(ids.length)
    .get();
  return new Map((data as SubscriptionDocument[]).map((row) => [row.templateId, row.remaining]));
};

/** Inside the send reservation's transaction: uses up one grant; false when none is left. */
export const spendGrantIn = async (tx: TransactionScope, openid: string, templateId: string, now: Date): Promise<boolean> => {
  const counterId = subscriptionId(openid, templateId);
  const counter = await readInTransaction<SubscriptionDocument>(tx, SUBSCRIPTIONS, counterId);
  if (!counter || !(counter.remaining > 0)) return false;
  await tx
    .collection(SUBSCRIPTIONS)
    .doc(counterId)
    .update({ remaining: counter.remaining - 1, updatedAt: now });
  return true;
};
