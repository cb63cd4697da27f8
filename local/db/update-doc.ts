import { update as applyModifier } from 'mingo';
import { DbError, invalidParam } from './db-error';
import { encodeEjson, isPlainObject, parseStored } from './ejson';

/** A deep copy that keeps BSON types (structuredClone would drop ObjectId's prototype). */
export const cloneDoc = (doc: Record<string, unknown>) => parseStored(encodeEjson(doc));

const isOperatorUpdate = (data: Record<string, unknown>) => Object.keys(data).some((k) => k.startsWith('$'));

/**
 * Applies the SDK's modifyDocument `data` to a document:
 * operators (`$set`, `$inc`, `$push`…) through mingo's updater; a plain object with merge=true
 * as `$set` of its fields; merge=false as a replacement (doc().set()) that keeps `_id`.
 */
export function applyUpdate(doc: Record<string, unknown>, data: unknown, merge: boolean): Record<string, unknown> {
  if (!isPlainObject(data)) throw invalidParam('update data must be an object');
  if (isOperatorUpdate(data)) {
    if (!Object.keys(data).every((k) => k.startsWith('$'))) throw invalidParam('update data mixes operators and plain fields');
    for (const [op, fields] of Object.entries(data)) {
      if (!isPlainObject(fields)) throw invalidParam(`${op} expects an object`);
      if (Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.'))) throw invalidParam('_id cannot be updated');
    }
    const next = cloneDoc(doc);
    try {
      applyModifier(next, data as never);
    } catch (error) {
      throw new DbError('DATABASE_REQUEST_FAILED', `update failed: ${(error as Error).message}`);
    }
    return next;
  }
  if ('_id' in data && data._id !== doc._id) throw invalidParam('_id cannot be updated');
  if (merge) return { ...cloneDoc(doc), ...cloneDoc(data) };
  return { ...cloneDoc(data), _id: doc._id };
}

/** The document an upsert starts from: the query's top-level equality fields (MongoDB's rule). */
export function upsertSeed(query: Record<string, unknown>): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(query)) {
    if (field.startsWith('$') || field.includes('.')) continue;
    if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      if ('$eq' in value) seed[field] = value.$eq;
      continue;
    }
    seed[field] = value;
  }
  return seed;
}
