import { database } from '../_lib/cloudbase';
import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor';

type Collection = ReturnType<typeof database.collection>;

export interface KeysetPage<T> {
  rows: T[];
  nextCursor: string | null;
}

/**
 * One newest-first page over an index whose keys are the equality fields followed by
 * (createdAt desc, _id desc). The cursor becomes a range on `createdAt` (which the database
 * pushes down to the index, so the scan starts at the cursor instead of walking every earlier
 * page) plus an `_id` tie-break for rows created in the same millisecond.
 */
export const keysetPage = async <T extends { _id: string; createdAt: Date }>(
  collection: Collection,
  equality: Record<string, unknown>,
  limit: number,
  cursor?: string,
  projection?: Record<string, boolean>,
): Promise<KeysetPage<T>> => {
  const _ = database.command;
  const conditions: object[] = [equality];
  if (cursor) {
    const after = decodeFeedCursor(cursor);
    conditions.push({ createdAt: _.lte(after.createdAt) });
    conditions.push(_.or([{ createdAt: _.lt(after.createdAt) }, { _id: _.lt(after.id) }]));
  }
  let query = collection
    .where(_.and(conditions))
    .orderBy('createdAt', 'desc')
    .orderBy('_id', 'desc')
    .limit(limit + 1);
  if (projection) query = query.field(projection);
  const { data } = await query.get();
  const found = data as T[];
  const rows = found.slice(0, limit);
  const last = rows[rows.length - 1];
  return {
    rows,
    nextCursor: found.length > limit && last ? encodeFeedCursor({ createdAt: new Date(last.createdAt), id: last._id }) : null,
  };
};
