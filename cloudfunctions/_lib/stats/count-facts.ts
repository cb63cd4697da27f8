import type { StatFact } from './stat-fact';
import { addPendingNote, removePendingNote, type PendingSubject } from './stats-pending.repository';
import { recordStatFacts } from './stats.repository';

export interface PendingCount {
  /** When the note was written: the time of facts that carry one in their id (an unaccept). */
  at: Date;
  /** Counts the change's facts, then removes the note; a failure is logged and the note stays for the replay. */
  count(where: string, facts: readonly StatFact[]): Promise<void>;
  /** Counts facts batch by batch (each its own transaction), removing the note after the last. */
  countBatches(where: string, batches: AsyncIterable<readonly StatFact[]>): Promise<void>;
  /** The change did not happen (or had nothing to count): removes the note. */
  drop(): Promise<void>;
}

/**
 * Call before a change whose facts the rollups count. The note it writes outlives a crash between
 * the change and `count`; `stats.replayPending` recounts the record from its current state (the
 * same fact builders, idempotent by fact id), so a retry refused as "already done" loses nothing.
 * If the note cannot be written the change is not attempted (the error reaches the caller).
 */
export const pendingFacts = async (subject: PendingSubject): Promise<PendingCount> => {
  const at = new Date();
  const noteId = await addPendingNote(subject, at);
  const remove = async (where: string) => {
    try {
      await removePendingNote(noteId);
    } catch (error) {
      console.error(`[stats] ${where}: pending note not removed (the replay recounts it once)`, error);
    }
  };
  const countAll = async (where: string, batches: AsyncIterable<readonly StatFact[]> | Iterable<readonly StatFact[]>) => {
    try {
      for await (const facts of batches) await recordStatFacts(facts);
    } catch (error) {
      console.error(`[stats] ${where}: facts not counted (stats.replayPending counts them)`, error);
      return;
    }
    await remove(where);
  };
  return {
    at,
    count: (where, facts) => countAll(where, [facts]),
    countBatches: countAll,
    drop: () => remove('drop'),
  };
};
