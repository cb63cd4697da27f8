import { isPlainObject } from './ejson';

type Doc = Record<string, unknown>;

/** Only documents (and arrays, which MongoDB treats as documents here) can meet field criteria. */
const ELEMENT_IS_DOCUMENT: Doc = { $expr: { $in: [{ $type: '$$ROOT' }, ['object', 'array']] } };

const LOGICAL = new Set(['$and', '$or', '$nor']);

/** `$elemMatch` criteria are field criteria (a query on each element) unless every key is a value operator. */
const isFieldCriteria = (criteria: Doc) => {
  const keys = Object.keys(criteria);
  return keys.length > 0 && keys.some((k) => !k.startsWith('$') || LOGICAL.has(k));
};

/**
 * Rewrites a query so mingo answers it as MongoDB does where the two differ:
 * - `$elemMatch` with field criteria never matches a plain value (mingo 7 lets `[1, 2, 3]`
 *   match `{ $elemMatch: { value: { $gt: 0 } } }`), so the criteria gain a type guard.
 */
export function withMongoSemantics<T>(query: T): T {
  if (Array.isArray(query)) return query.map(withMongoSemantics) as T;
  if (!isPlainObject(query)) return query;
  const out: Doc = {};
  for (const [key, value] of Object.entries(query)) {
    const next = withMongoSemantics(value);
    out[key] = key === '$elemMatch' && isPlainObject(next) && isFieldCriteria(next) ? { $and: [ELEMENT_IS_DOCUMENT, next] } : next;
  }
  return out as T;
}
