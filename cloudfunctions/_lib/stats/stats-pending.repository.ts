import { database } from '../cloudbase';

/**
 * `stats_pending`: one note per change whose stats facts are not counted yet. A counting site
 * writes its note before the change and removes it once the facts are counted, so a crash (or a
 * failed count) between the two leaves the note, and `stats.replayPending` recounts the record from
 * its current state. The owner of the collection.
 */
const STATS_PENDING = 'stats_pending';
const pending = () => database.collection(STATS_PENDING);
const _ = database.command;

/** Which record to recount, by the kind of record (each kind derives its facts as the rebuild does). */
export type PendingKind = 'booking' | 'ledger' | 'activity' | 'question' | 'receipt' | 'notice';

export interface PendingSubject {
  kind: PendingKind;
  id: string;
  /** A question's accepted answer being withdrawn: its accept is undone (the fact's id carries `at`). */
  withdrawnAnswerId?: string;
  /** The withdrawn acceptance's number (`acceptSeq`): which accept fact the withdrawal undoes. */
  withdrawnAcceptSeq?: number;
}

export interface PendingNote extends PendingSubject {
  _id: string;
  at: Date;
}

/** Writes a note (each call its own, so concurrent changes of one record do not clear each other's). */
export const addPendingNote = async (subject: PendingSubject, at: Date): Promise<string> => {
  const { id } = await pending().add({ ...subject, at });
  return id as string;
};

export const removePendingNote = async (noteId: string): Promise<void> => {
  await pending().doc(noteId).remove();
};

export const removePendingNotes = async (noteIds: readonly string[]): Promise<void> => {
  if (noteIds.length > 0)
    await pending()
      .where({ _id: _.in([...noteIds]) })
      .remove();
};

/** The oldest notes written before `before` (over the `at` index). */
export const pendingNotesBefore = async (before: Date, limit: number): Promise<PendingNote[]> => {
  const { data } = await pending()
    .where({ at: _.lt(before) })
    .orderBy('at', 'asc')
    .limit(limit)
    .get();
  return (data as (Omit<PendingNote, 'at'> & { at: Date | string })[]).map((note) => ({ ...note, at: new Date(note.at) }));
};
