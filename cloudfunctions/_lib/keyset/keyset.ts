import { MAX_CURSOR_LENGTH, type Page } from '@core/page.schema';
import { ActionError } from '../action-error';
import type { Direction, KeyField } from './key-fields';

/**
 * One keyset order — document fields in sort order, the last one `_id` — and its cursor: base64url
 * of the JSON array of the last row's values. `decode` refuses every cursor this order did not
 * hand out (wrong arity, types, ranges, ids, length, not JSON) with INVALID_INPUT; `page` cuts a
 * read of `limit + 1` rows into the page and the next cursor.
 */
export type KeyFields = Record<string, KeyField<unknown>>;
export type PositionOf<F extends KeyFields> = { [K in keyof F]: F[K] extends KeyField<infer V> ? V : never };

export interface Keyset<F extends KeyFields> {
  readonly fields: F;
  /** `[field, direction]` in sort order, for `orderBy`. */
  readonly order: ReadonlyArray<readonly [string, Direction]>;
  encode(position: PositionOf<F>): string;
  /** No cursor (first page) → null. */
  decode(cursor: string | undefined): PositionOf<F> | null;
  /** Where a row stands in this order (its values of the key fields). */
  positionOf(row: Partial<Record<keyof F, unknown>>): PositionOf<F>;
  /** `rows` read with `limit + 1`: the first `limit`, and a cursor when the extra row exists. */
  page<Row extends Partial<Record<keyof F, unknown>>>(rows: Row[], limit: number): Page<Row>;
}

export const INVALID_CURSOR = '翻页位置无效，请下拉刷新后重试';

const refuse = (): never => {
  throw new ActionError('INVALID_INPUT', INVALID_CURSOR);
};

const BASE64URL = /^[A-Za-z0-9_-]+$/;

const parseJson = (cursor: string): unknown => {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) return refuse();
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return refuse();
  }
};

export const keyset = <F extends KeyFields>(fields: F): Keyset<F> => {
  const names = Object.keys(fields);
  const positionOf = (row: Partial<Record<keyof F, unknown>>) =>
    Object.fromEntries(names.map((name) => [name, row[name] ?? null])) as PositionOf<F>;
  const encode = (position: PositionOf<F>) =>
    Buffer.from(JSON.stringify(names.map((name) => fields[name].toWire(position[name])))).toString('base64url');
  return {
    fields,
    order: names.map((name) => [name, fields[name].direction] as const),
    encode,
    positionOf,
    decode(cursor) {
      if (cursor === undefined) return null;
      const values = parseJson(cursor);
      if (!Array.isArray(values) || values.length !== names.length) return refuse();
      const position: Record<string, unknown> = {};
      names.forEach((name, i) => {
        const parsed = fields[name].wire.safeParse(values[i]);
        position[name] = parsed.success ? parsed.data : refuse();
      });
      return position as PositionOf<F>;
    },
    page(rows, limit) {
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextCursor: rows.length > limit && last ? encode(positionOf(last)) : null };
    },
  };
};
