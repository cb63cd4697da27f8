import type { Page } from '@core/page.schema';
import { database } from '../cloudbase';
import type { KeyFields, Keyset, PositionOf } from './keyset';

type Collection = ReturnType<typeof database.collection>;
type Condition = Record<string, unknown>;

const _ = database.command;

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
  const after = keyset.decode(page.cursor);
  let query = collection.where(after ? _.and([filter, afterPosition(keyset, after)]) : filter);
  for (const [name, direction] of keyset.order) query = query.orderBy(name, direction);
  if (page.projection) query = query.field(page.projection);
  const { data } = await query.limit(page.limit + 1).get();
  return keyset.page(data as (Row & Record<string, unknown>)[], page.limit);
};
