import type { RosterEntryFields } from '@core/roster';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';

/**
 * `roster_entries`: the committee's imported roster, one document per member number (`_id` =
 * the upper-cased number, so the database itself keeps one entry per number). Written by
 * `roster.apply`, read by `users.applyMembership` to approve a matching binding at once.
 */
export interface RosterEntryDocument extends RosterEntryFields {
  _id: string;
  importedAt: Date;
  importedBy: string;
}

const ROSTER = 'roster_entries';
const roster = () => database.collection(ROSTER);

/** CloudBase answers at most 1,000 documents per query. */
const READ_CHUNK = 1000;
/** Entries per insert request: ~150 bytes each, far below any request limit. */
const WRITE_CHUNK = 1000;

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export const findRosterEntry = async (memberNo: string): Promise<RosterEntryDocument | null> => {
  const { data } = await roster().doc(memberNo).get();
  return ((Array.isArray(data) ? data[0] : data) as RosterEntryDocument | undefined) ?? null;
};

/** The stored entries of these numbers, by number; the chunks are read in parallel. */
export const findRosterEntries = async (memberNos: string[]): Promise<Map<string, RosterEntryDocument>> => {
  const _ = database.command;
  const pages = await Promise.all(
    chunks(memberNos, READ_CHUNK).map((ids) =>
      roster()
        .where({ _id: _.in(ids) })
        .limit(READ_CHUNK)
        .get(),
    ),
  );
  return new Map(pages.flatMap(({ data }) => data as RosterEntryDocument[]).map((entry) => [entry._id, entry]));
};

export const countRosterEntries = async (): Promise<number> => (await roster().count()).total ?? 0;

/**
 * Writes these entries in a handful of requests: the changed ones are removed in one request,
 * then new and changed are inserted 1,000 per request. Not a transaction (one would cost a round
 * trip per document): a crash in between leaves some numbers off the roster until the file is
 * applied again, and a binding meanwhile simply goes to review. A concurrent apply that inserted
 * the same number first makes an insert fail as a duplicate; the caller re-reads and retries.
 */
export const writeRosterEntries = async (created: RosterEntryDocument[], changed: RosterEntryDocument[]): Promise<'written' | 'raced'> => {
  const _ = database.command;
  for (const ids of chunks(
    changed.map((entry) => entry._id),
    READ_CHUNK,
  )) {
    await roster()
      .where({ _id: _.in(ids) })
      .remove();
  }
  try {
    for (const batch of chunks([...created, ...changed], WRITE_CHUNK)) await roster().add(batch);
  } catch (error) {
    if (isDuplicateWrite(error)) return 'raced';
    throw error;
  }
  return 'written';
};
