import type { MyHoursEntry } from '@core/activity.types';
import { termOfInstant, type TermDocument } from '../term.repository';
import type { HoursEntryDocument } from './hours-ledger.repository';

/** Early booking entries were written before the ledger kept titles. */
const UNTITLED = '志愿服务';

/** A ledger entry as 我的志愿时长 and the admin's member page show it: its source, title and term. */
export const toHoursEntry = (entry: HoursEntryDocument, terms: readonly TermDocument[]): MyHoursEntry => {
  const verifiedAt = new Date(entry.verifiedAt);
  return {
    entryId: entry._id,
    source: { kind: entry.source.kind, id: entry.source.id },
    title: entry.title || UNTITLED,
    minutes: entry.minutes,
    verifiedAt: verifiedAt.toISOString(),
    termId: termOfInstant(terms, verifiedAt)?._id ?? null,
    overLengthReason: entry.overLengthReason ?? null,
  };
};
