import { questionIdSchema } from '@core/qa.schema';
import type { AnswerState, PostVisibility } from '@core/qa.types';
import { z } from 'zod';
import { database } from '../_lib/cloudbase';
import { updateOneWhile, updateOneWhileReturning } from '../_lib/conditional-update.repository';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { keysetBatches, readKeysetPage } from '../_lib/keyset/keyset-page.repository';

/** A question as stored; `searchGrams` is what `qa.search` matches (core/qa-search-grams.ts). */
export interface QuestionDocument {
  _id: string;
  authorOpenid: string;
  authorName: string;
  title: string;
  body: string;
  tags: string[];
  photos: string[];
  searchGrams: string[];
  visibility: PostVisibility;
  answerState: AnswerState;
  /** Visible answers only, kept by increments when answers appear, hide or return. */
  answerCount: number;
  acceptedAnswerId: string | null;
  /**
   * How many times an answer was accepted here, bumped by the accept itself: it names the accept's
   * stats fact, so the same answer accepted again after its acceptance was cleared counts again.
   * Absent on questions last accepted before it existed.
   */
  acceptSeq?: number;
  /** Distinct reporters since the last review. */
  reportCount: number;
  hiddenBy: 'reports' | 'admin' | null;
  hiddenAt: Date | null;
  moderationReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const questions = () => database.collection('qa_questions');

/** Feed cards never need the stored grams, which are the bulk of a document. */
const SUMMARY_FIELDS = { searchGrams: false } as const;

export const insertQuestion = async (question: QuestionDocument): Promise<void> => {
  await questions().add(question);
};

export const findQuestion = async (id: string): Promise<QuestionDocument | null> => {
  const { data } = await questions().doc(id).field(SUMMARY_FIELDS).get();
  const found = Array.isArray(data) ? data[0] : data;
  return (found as QuestionDocument | undefined) ?? null;
};

export const findQuestionsByIds = async (ids: string[]): Promise<QuestionDocument[]> => {
  if (ids.length === 0) return [];
  const _ = database.command;
  const { data } = await questions()
    .where({ _id: _.in(ids) })
    .field(SUMMARY_FIELDS)
    .limit(ids.length)
    .get();
  return data as QuestionDocument[];
};

/** Equality on the leading fields of a (…, createdAt desc, _id desc) index; see the manifest. */
export type QuestionFeedKey =
  { visibility: 'visible' } | { visibility: 'visible'; answerState: AnswerState } | { authorOpenid: string; ownVisible: true };

/** Newest first by immutable `createdAt`, so rows never move between pages. */
const NEWEST_FIRST = keyset({ createdAt: key.date('desc'), _id: key.id('desc', questionIdSchema) });

export const pageQuestions = (feed: QuestionFeedKey, limit: number, cursor?: string) => {
  const _ = database.command;
  // An author sees their own hidden posts too; `neq` is checked per row on the author's own index.
  const equality = 'ownVisible' in feed ? { authorOpenid: feed.authorOpenid, visibility: _.neq('deleted') } : feed;
  return readKeysetPage<QuestionDocument>(questions(), NEWEST_FIRST, equality, { cursor, limit, projection: SUMMARY_FIELDS });
};

/**
 * Search order: accepted first (they hold an answer that worked), then answered, then open
 * ('accepted' < 'answered' < 'none'), newest first within each.
 */
const ACCEPTED_FIRST = keyset({
  answerState: key.text('asc', z.enum(['accepted', 'answered', 'none'])),
  createdAt: key.date('desc'),
  _id: key.id('desc', questionIdSchema),
});

/**
 * One page of a word search: the index narrows to visible questions holding the first gram,
 * every gram is then checked per row; keyset-paged in ACCEPTED_FIRST order.
 */
export const searchQuestions = (grams: string[], page: { tag?: string; cursor?: string; limit: number }) => {
  const _ = database.command;
  const conditions: object[] = [{ visibility: 'visible' }, { searchGrams: grams[0] }, { searchGrams: _.all(grams) }];
  if (page.tag) conditions.push({ tags: page.tag });
  return readKeysetPage<QuestionDocument>(questions(), ACCEPTED_FIRST, _.and(conditions), {
    cursor: page.cursor,
    limit: page.limit,
    projection: SUMMARY_FIELDS,
  });
};

/** Visible questions sharing any gram with a title being typed. */
export const similarCandidates = async (grams: string[], limit: number): Promise<QuestionDocument[]> => {
  const _ = database.command;
  const { data } = await questions()
    .where(_.and([{ visibility: 'visible' }, { searchGrams: _.in(grams) }]))
    .field(SUMMARY_FIELDS)
    .limit(limit)
    .get();
  return data as QuestionDocument[];
};

/** Hidden questions for the review queue, newest hidden first. */
export const hiddenQuestions = async (limit: number): Promise<QuestionDocument[]> => {
  const { data } = await questions().where({ visibility: 'hidden' }).orderBy('hiddenAt', 'desc').field(SUMMARY_FIELDS).limit(limit).get();
  return data as QuestionDocument[];
};

/** Applies `changes` only while `conditions` hold; answers whether it did (the race-free check-and-set). */
export const updateQuestionWhere = (id: string, conditions: Record<string, unknown>, changes: Record<string, unknown>) =>
  updateOneWhile(questions(), id, conditions, changes);

export const changeAnswerCount = async (id: string, delta: 1 | -1): Promise<void> => {
  const _ = database.command;
  await questions()
    .doc(id)
    .update({ answerCount: _.inc(delta) });
};

export const addReport = async (id: string): Promise<void> => {
  const _ = database.command;
  await questions()
    .doc(id)
    .update({ reportCount: _.inc(1) });
};

/** The first visible answer moves an unanswered question to answered (not an accepted one). */
export const markAnsweredIfNone = (id: string) => updateQuestionWhere(id, { answerState: 'none' }, { answerState: 'answered' });

/** Accepts `answerId` while no answer is accepted; answers the question as accepted (null: the guard failed). */
export const acceptAnswerIfNone = (id: string, answerId: string) =>
  updateOneWhileReturning<QuestionDocument>(
    questions(),
    id,
    { visibility: 'visible', acceptedAnswerId: null },
    { acceptedAnswerId: answerId, answerState: 'accepted', acceptSeq: database.command.inc(1), updatedAt: new Date() },
  );

/**
 * When the accepted answer goes, the question is open again. Answers the question as cleared (its
 * `acceptSeq` names the acceptance that ended), null when `answerId` was not the accepted one.
 */
export const clearAcceptedIf = (id: string, answerId: string) =>
  updateOneWhileReturning<QuestionDocument>(
    questions(),
    id,
    { acceptedAnswerId: answerId },
    { acceptedAnswerId: null, answerState: 'answered' },
  );

/** When the last visible answer goes, the question is back in 待回答. */
export const markUnansweredIfEmpty = (id: string) =>
  updateQuestionWhere(id, { answerCount: database.command.lte(0), answerState: 'answered' }, { answerState: 'none' });

/** The edit, only while the post is not deleted and was created after `createdAfter` (the window). */
export const editQuestionWithin = (id: string, authorOpenid: string, createdAfter: Date, changes: Partial<QuestionDocument>) =>
  updateQuestionWhere(
    id,
    { authorOpenid, visibility: database.command.neq('deleted'), createdAt: database.command.gt(createdAfter) },
    changes,
  );

/** The author alone (one small field read), for the router's ownership guard. */
export const authorOfQuestion = async (id: string): Promise<string | null> => {
  const { data } = await questions().doc(id).field({ authorOpenid: true }).get();
  const found = (Array.isArray(data) ? data[0] : data) as { authorOpenid?: unknown } | undefined;
  return typeof found?.authorOpenid === 'string' ? found.authorOpenid : null;
};

/** Every question, in id order and bounded batches (the stats rebuild). */
export const everyQuestion = () => keysetBatches<QuestionDocument>(questions(), keyset({ _id: key.id('asc', questionIdSchema) }), {});
