import type { Term } from '@core/activity.types';
import { shanghaiDay } from '@core/shanghai-time';
import { database } from '../cloudbase';

/** The `terms` collection: admin-defined 学期, `_id` = `term_` + 12 letters/digits. Few (two a year). */
export interface TermDocument {
  _id: string;
  name: string;
  startDay: string;
  endDay: string;
  createdAt: Date;
  updatedAt: Date;
}

export const TERMS = 'terms';
export const terms = () => database.collection(TERMS);

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
