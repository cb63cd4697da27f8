import type { Page } from '@core/page.schema';
import { database } from '../cloudbase';
import type { KeyFields, Keyset, PositionOf } from './keyset';

type Collection = ReturnType<typeof database.collection>;
type Condition = Record<string, unknown>;

const _ = database.command;

/** The most rows one query answers, on CloudBase and the emulator alike: a server-side walk's batch. */
export const MAX_BATCH = 1000;

/** The values that come after `value` in this field's order (null sorts lowest, as in MongoDB). */
const beyond = (direction: 'asc' | 'desc', nullable: boolean, value: unknown): unknown[] => {
  if (value === null) return direction === 'asc' ? [_.neq(null)] : [];
  if (direction === 'asc') return [_.gt(value)];
  return nullable ? [_.lt(value), null] : [_.lt(value)];
};

/**
 * Rows strictly after `position` in the keyset's order: equal on the fields before, beyond on one
 * field, as an `$or`. A leading range on the first field lets the database start its index scan at
 * the position instead of walking every earlier page.
 */
export const afterPosition = <F extends KeyFields>(keyset: Keyset<F>, position: PositionOf<F>): Condition => {
  const branches: Condition[] = [];
  keyset.order.forEach(([name, direction], i) => {
    const equal = Object.fromEntries(keyset.order.slice(0, i).map(([before]) => [before, position[before]]));
    for (const condition of beyond(direction, keyset.fields[name].nullable, position[name])) {
      branches.push({ ...equal, [name]: condition });
    }
  });
  const or = branches.length === 1 ? branches[0] : _.or(branches);
  const [first, direction] = keyset.order[0];
  if (keyset.order.length === 1 || keyset.fields[first].nullable) return or as Condition;
  const start = direction === 'asc' ? _.gte(position[first]) : _.lte(position[first]);
  return _.and([{ [first]: start }, or]) as unknown as Condition;
};

/** `filter` in the keyset's order, after `position` when there is one. */
const inOrder = (collection: Collection, keyset: Keyset<KeyFields>, filter: object, after: PositionOf<KeyFields> | null) => {
  let query = collection.where(after ? _.and([filter, afterPosition(keyset, after)]) : filter);
  for (const [name, direction] of keyset.order) query = query.orderBy(name, direction);
  return query;
};

/**
 * One page of `collection` under `filter` in the keyset's order, continuing after `cursor`: reads
 * `limit + 1` rows so the last page says so without a count. A forged cursor is refused before
 * any read.
 */
export const readKeysetPage = async <Row>(
  collection: Collection,
  keyset: Keyset<KeyFields>,
  filter: object,
  page: { cursor?: string; limit: number; projection?: Record<string, boolean> },
): Promise<Page<Row>> => {
  let query = inOrder(collection, keyset, filter, keyset.decode(page.cursor));
  if (page.projection) query = query.field(page.projection);
  const { data } = await query.limit(page.limit + 1).get();
  return keyset.page(data as (Row & Record<string, unknown>)[], page.limit);
};

/**
 * The whole of `filter` for a server-side walk (an export), `size` rows per query in the keyset's
 * order, so a read of any length is a sequence of bounded queries and never an offset scan.
 */
export async function* keysetBatches<Row>(
  collection: Collection,
  keyset: Keyset<KeyFields>,
  filter: object,
  size = MAX_BATCH,
): AsyncGenerator<Row[]> {
  let after: PositionOf<KeyFields> | null = null;
  for (;;) {
    const { data } = await inOrder(collection, keyset, filter, after).limit(size).get();
    const rows = data as (Row & Record<string, unknown>)[];
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyset.positionOf(rows[rows.length - 1]);
  }
}
