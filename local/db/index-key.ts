import { isObjectId } from './object-id';

/**
 * Order-preserving text encoding of BSON values for SQLite index columns.
 * SQLite compares TEXT with memcmp, so a one-character type prefix (MongoDB's cross-type
 * order: null < numbers < strings < objects < arrays < ObjectId < booleans < dates < regexes)
 * followed by a sortable body gives MongoDB's index order.
 */
export const TYPE_PREFIX = {
  null: '0',
  number: '1',
  string: '2',
  object: '3',
  array: '4',
  objectId: '7',
  boolean: '8',
  date: '9',
  regex: 'b',
} as const;

export function encodeKey(value: unknown): string {
  if (value === null || value === undefined) return TYPE_PREFIX.null;
  if (typeof value === 'number') return TYPE_PREFIX.number + sortableNumber(value);
  if (typeof value === 'bigint') return TYPE_PREFIX.number + sortableNumber(Number(value));
  if (typeof value === 'string') return TYPE_PREFIX.string + value;
  if (typeof value === 'boolean') return TYPE_PREFIX.boolean + (value ? '1' : '0');
  if (value instanceof Date) return TYPE_PREFIX.date + sortableNumber(value.getTime());
  if (value instanceof RegExp) return TYPE_PREFIX.regex + value.toString();
  if (isObjectId(value)) return TYPE_PREFIX.objectId + value.toHexString();
  if (Array.isArray(value)) return TYPE_PREFIX.array + JSON.stringify(value.map(encodeKey));
  return TYPE_PREFIX.object + JSON.stringify(Object.entries(value as object).map(([k, v]) => [k, encodeKey(v)]));
}

/** The exclusive upper bound of every key of the same type as `encoded`. */
export function typeUpperBound(encoded: string): string {
  return String.fromCharCode(encoded.charCodeAt(0) + 1);
}

/** Scalars are the values an equality or range predicate can push down to an index. */
export function isIndexableScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value instanceof Date ||
    isObjectId(value)
  );
}

function sortableNumber(n: number): string {
  const buf = Buffer.alloc(8);
  buf.writeDoubleBE(Number.isNaN(n) ? -Infinity : n === 0 ? 0 : n);
  if (buf[0] & 0x80) {
    for (let i = 0; i < 8; i++) buf[i] = ~buf[i] & 0xff;
  } else {
    buf[0] |= 0x80;
  }
  return buf.toString('hex');
}
