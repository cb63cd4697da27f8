import type { Term } from '@core/activity.types';
import { shanghaiDay } from '@core/shanghai-time';
import { database } from './cloudbase';
import { readInTransaction, type TransactionScope } from './transaction.repository';

/**
 * The `terms` collection: admin-defined 学期, `_id` = `term_` + 12 letters/digits. Few (two a year).
 * The owner of the collection: records saves terms, activities and the exports read them, all
 * through the functions below.
 */
export interface TermDocument {
  _id: string;
  name: string;
  startDay: string;
  endDay: string;
  createdAt: Date;
  updatedAt: Date;
}

const TERMS = 'terms';
const terms = () => database.collection(TERMS);

export const toTerm = (document: TermDocument): Term => ({
  termId: document._id,
  name: document.name,
  startDay: document.startDay,
  endDay: document.endDay,
});

/** Every term, latest first (a college defines two a year; 100 is decades). */
export const listTermDocuments = async (): Promise<TermDocument[]> => {
  const { data } = await terms().orderBy('startDay', 'desc').limit(100).get();
  return data as TermDocument[];
};

/** The term an instant falls in (by its Shanghai day), or null. */
export const termOfInstant = (all: readonly TermDocument[], instant: Date): TermDocument | null => {
  const day = shanghaiDay(instant);
  return all.find((term) => term.startDay <= day && day <= term.endDay) ?? null;
};

/** Inside a transaction: the term as the transaction sees it, or null. */
export const readTermIn = (tx: TransactionScope, termId: string): Promise<TermDocument | null> =>
  readInTransaction<TermDocument>(tx, TERMS, termId);

/** Inside a transaction: the term's whole document, created or replaced. */
export const writeTermIn = async (tx: TransactionScope, term: TermDocument): Promise<void> => {
  const { _id, ...body } = term;
  await tx.collection(TERMS).doc(_id).set(body);
};
