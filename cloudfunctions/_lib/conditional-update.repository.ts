import type { database } from './cloudbase';

type Collection = ReturnType<typeof database.collection>;

/**
 * The one conditional update: change document `id` only while `guard` still holds, so the
 * database (not a read-then-write in the handler) settles a race. The owner passes its own
 * private collection; this module names none.
 */
export const updateOneWhile = async (
  collection: Collection,
  id: string,
  guard: Record<string, unknown>,
  changes: Record<string, unknown>,
): Promise<boolean> => {
  const { updated } = await collection.where({ ...guard, _id: id }).update(changes);
  return (updated ?? 0) > 0;
};

/** The same, answering the updated document (null when the guard no longer held). */
export const updateOneWhileReturning = async <T>(
  collection: Collection,
  id: string,
  guard: Record<string, unknown>,
  changes: Record<string, unknown>,
): Promise<T | null> => {
  const { doc } = await collection.where({ ...guard, _id: id }).updateAndReturn(changes);
  return (doc as T | null | undefined) ?? null;
};
