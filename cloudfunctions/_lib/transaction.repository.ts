import { database } from './cloudbase';
import { retryOnConflict } from './conflict-retry';

/** What a transaction callback may use: doc().get/set/update/remove, add, where().get() and where().updateAndReturn() carry the transaction. */
export interface TransactionScope {
  collection(name: string): ReturnType<typeof database.collection>;
}

/**
 * Runs its operations as one all-or-nothing unit (snapshot isolation). A thrown
 * ActionError rolls back and leaves as itself; conflicts are retried (SDK rounds + ours).
 * Never use where().update(), where().remove(), count() or aggregate() inside: the SDK sends them outside the transaction.
 */
export const inTransaction = <T>(work: (tx: TransactionScope) => Promise<T>, rounds?: number): Promise<T> =>
  retryOnConflict(() => database.runTransaction(work) as Promise<T>, rounds);

/** One document as the transaction sees it, or null. */
export const readInTransaction = async <T>(tx: TransactionScope, collection: string, id: string): Promise<T | null> => {
  const { data } = (await tx.collection(collection).doc(id).get()) as unknown as { data: T | null | undefined };
  return data ?? null;
};
