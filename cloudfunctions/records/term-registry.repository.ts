import { ActionError } from '../_lib/action-error';
import { database } from '../_lib/cloudbase';
import { listTermDocuments, readTermIn, writeTermIn, type TermDocument } from '../_lib/term.repository';
import { inTransaction, readInTransaction } from '../_lib/transaction.repository';

/**
 * `term_registry`: one document holding every term's range. Saving a term reads and rewrites it in
 * the same transaction as the term, so two overlapping saves both write this one document: the
 * second conflicts, retries, sees the first range and is refused. Checking the `terms` collection
 * alone could not settle that race (two inserts of different ids never conflict).
 */
const TERM_REGISTRY = 'term_registry';
const REGISTRY_ID = 'ranges';

interface TermRange {
  termId: string;
  name: string;
  startDay: string;
  endDay: string;
}

interface TermRegistryDocument {
  _id: string;
  ranges: TermRange[];
  updatedAt: Date;
}

export interface TermFields {
  termId: string;
  name: string;
  startDay: string;
  endDay: string;
}

/** The ranges of terms stored before the registry existed (seeds, imports); read once, outside the transaction. */
const rangesFromTerms = async (): Promise<TermRange[]> =>
  (await listTermDocuments()).map(({ _id, name, startDay, endDay }) => ({ termId: _id, name, startDay, endDay }));

export const saveTermDocument = async (fields: TermFields, creating: boolean, now: Date): Promise<TermDocument> => {
  const { data } = await database.collection(TERM_REGISTRY).doc(REGISTRY_ID).get();
  const seeded = (Array.isArray(data) ? data.length > 0 : !!data) ? null : await rangesFromTerms();
  return inTransaction(async (tx) => {
    const registry = await readInTransaction<TermRegistryDocument>(tx, TERM_REGISTRY, REGISTRY_ID);
    const ranges = registry?.ranges ?? seeded ?? [];
    const existing = creating ? null : await readTermIn(tx, fields.termId);
    if (!creating && !existing) throw new ActionError('NOT_FOUND', '学期不存在或已删除');
    const overlap = ranges.find(
      (range) => range.termId !== fields.termId && range.startDay <= fields.endDay && fields.startDay <= range.endDay,
    );
    if (overlap) {
      throw new ActionError('TERM_OVERLAP', `学期时间与「${overlap.name}」（${overlap.startDay} 至 ${overlap.endDay}）重叠，请调整日期`);
    }
    const next = [...ranges.filter((range) => range.termId !== fields.termId), { ...fields }];
    await tx.collection(TERM_REGISTRY).doc(REGISTRY_ID).set({ ranges: next, updatedAt: now });
    const term: TermDocument = {
      _id: fields.termId,
      name: fields.name,
      startDay: fields.startDay,
      endDay: fields.endDay,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await writeTermIn(tx, term);
    return term;
  });
};
