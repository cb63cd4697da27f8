import type { AnswerBadge, PostVisibility } from '@core/qa.types';
import { database } from '../_lib/cloudbase';
import { updateOneWhile } from '../_lib/conditional-update.repository';
import { z } from 'zod';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { keysetBatches } from '../_lib/keyset/keyset-page.repository';

export interface AnswerDocument {
  _id: string;
  questionId: string;
  authorOpenid: string;
  authorName: string;
  body: string;
  photos: string[];
  /** Snapshot of the author's team role when answering: the badge says who answered then. */
  badge: AnswerBadge;
  visibility: PostVisibility;
  reportCount: number;
  hiddenBy: 'reports' | 'admin' | null;
  hiddenAt: Date | null;
  moderationReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const answers = () => database.collection('qa_answers');

/** A question page shows at most this many answers; a car question rarely gets a tenth of it. */
export const MAX_ANSWERS_SHOWN = 200;

export const insertAnswer = async (answer: AnswerDocument): Promise<void> => {
  await answers().add(answer);
};

export const findAnswer = async (id: string): Promise<AnswerDocument | null> => {
  const { data } = await answers().doc(id).get();
  const found = Array.isArray(data) ? data[0] : data;
  return (found as AnswerDocument | undefined) ?? null;
};

/** Oldest first over the (questionId, createdAt) index; deleted answers never leave the server. */
export const answersOf = async (questionId: string): Promise<AnswerDocument[]> => {
  const _ = database.command;
  const { data } = await answers()
    .where({ questionId, visibility: _.neq('deleted') })
    .orderBy('createdAt', 'asc')
    .limit(MAX_ANSWERS_SHOWN)
    .get();
  return data as AnswerDocument[];
};

/** Every answer of a question whatever its visibility, as the stats rebuild reads them (the stats replay). */
export const everyAnswerOf = (questionId: string) =>
  keysetBatches<AnswerDocument>(answers(), keyset({ _id: key.id('asc', z.string()) }), { questionId });

export const hiddenAnswers = async (limit: number): Promise<AnswerDocument[]> => {
  const { data } = await answers().where({ visibility: 'hidden' }).orderBy('hiddenAt', 'desc').limit(limit).get();
  return data as AnswerDocument[];
};

export const updateAnswerWhere = (id: string, conditions: Record<string, unknown>, changes: Record<string, unknown>) =>
  updateOneWhile(answers(), id, conditions, changes);

export const addAnswerReport = async (id: string): Promise<void> => {
  const _ = database.command;
  await answers()
    .doc(id)
    .update({ reportCount: _.inc(1) });
};

export const editAnswerWithin = (id: string, authorOpenid: string, createdAfter: Date, changes: Partial<AnswerDocument>) =>
  updateAnswerWhere(
    id,
    { authorOpenid, visibility: database.command.neq('deleted'), createdAt: database.command.gt(createdAfter) },
    changes,
  );

/** The author alone (one small field read), for the router's ownership guard. */
export const authorOfAnswer = async (id: string): Promise<string | null> => {
  const { data } = await answers().doc(id).field({ authorOpenid: true }).get();
  const found = (Array.isArray(data) ? data[0] : data) as { authorOpenid?: unknown } | undefined;
  return typeof found?.authorOpenid === 'string' ? found.authorOpenid : null;
};

/** Every answer, in id order and bounded batches (the stats rebuild). */
export const everyAnswer = () => keysetBatches<AnswerDocument>(answers(), keyset({ _id: key.id('asc', z.string()) }), {});
