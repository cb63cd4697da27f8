import { invalidParam } from './db-error';
import { decodeEjson, isPlainObject } from './ejson';
import type { SortSpec } from './planner';
import { isDocumentId } from './object-id';
import type { ObjectId } from 'bson';

type Body = Record<string, unknown>;
type Clock = { now(): number };

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** A query must be a document; anything else the SDK could not have produced. */
export function readQuery(body: Body, clock: Clock): Record<string, unknown> {
  const query = decodeEjson(body.query, clock, 'query');
  if (query === undefined) return {};
  if (!isPlainObject(query)) throw invalidParam('query must be an object');
  if (body.queryType === 'DOC' && !('_id' in query)) throw invalidParam('a DOC query needs _id');
  return query;
}

export function readDocId(body: Body, clock: Clock): string | number | ObjectId {
  const query = readQuery(body, clock);
  const id = query._id;
  if (!isDocumentId(id)) throw invalidParam('this operation needs a document _id (a string, a number or an ObjectId)');
  return id;
}

export function readOrder(body: Body, clock: Clock): SortSpec {
  const order = decodeEjson(body.order, clock, 'order');
  if (order === undefined) return [];
  if (!isPlainObject(order)) throw invalidParam('order must be an object');
  return Object.entries(order).map(([field, dir]): [string, 1 | -1] => {
    if (dir === 1 || dir === 'asc') return [field, 1];
    if (dir === -1 || dir === 'desc') return [field, -1];
    throw invalidParam(`order direction of ${field} must be 1, -1, "asc" or "desc"`);
  });
}

export function readProjection(body: Body, clock: Clock): Record<string, unknown> | undefined {
  const projection = decodeEjson(body.projection, clock, 'projection');
  if (projection === undefined) return undefined;
  if (!isPlainObject(projection)) throw invalidParam('projection must be an object');
  return projection;
}

/** CloudBase's server-side rule: 100 documents unless asked, never more than 1000. */
export function readPaging(body: Body): { skip: number; limit: number } {
  const offset = body.offset ?? 0;
  const limit = body.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(offset) || (offset as number) < 0) throw invalidParam('offset must be a non-negative integer');
  if (!Number.isInteger(limit) || (limit as number) < 0) throw invalidParam('limit must be a non-negative integer');
  return { skip: offset as number, limit: limit === 0 ? DEFAULT_LIMIT : Math.min(limit as number, MAX_LIMIT) };
}

export function readFlag(body: Body, name: string, fallback: boolean): boolean {
  const value = body[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw invalidParam(`${name} must be a boolean`);
  return value;
}

/** insertDocument carries one EJSON string or an array of them. */
export function readInsertData(body: Body, clock: Clock): Record<string, unknown>[] {
  const items = Array.isArray(body.data) ? body.data : [body.data];
  if (items.length === 0) throw invalidParam('data must hold at least one document');
  return items.map((item, i) => {
    const doc = decodeEjson(item, clock, `data[${i}]`);
    if (!isPlainObject(doc)) throw invalidParam('each document must be an object');
    return doc;
  });
}

export function readUpdateData(body: Body, clock: Clock): Record<string, unknown> {
  const data = decodeEjson(body.data, clock, 'data');
  if (!isPlainObject(data)) throw invalidParam('data must be an object');
  return data;
}

export function readStages(body: Body, clock: Clock): Record<string, unknown>[] {
  if (!Array.isArray(body.stages)) throw invalidParam('stages must be an array');
  return body.stages.map((stage: unknown, i) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string' || !stage.stageKey.startsWith('$'))
      throw invalidParam(`stages[${i}] needs a stageKey like "$match"`);
    return { [stage.stageKey]: decodeEjson(stage.stageValue, clock, `stages[${i}]`) };
  });
}
