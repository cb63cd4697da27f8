import { Query } from 'mingo';
import { resolve } from 'mingo/util';
import { DbError, invalidParam } from './db-error';
import { distanceTo, nearOf, type NearSpec } from './geo';
import { withMongoSemantics } from './mongo-semantics';
import { mongoQuery } from './mingo-options';
import { parseStored } from './ejson';
import { planQuery, type Plan, type SortSpec } from './planner';
import type { Store, StoredDoc } from './store';

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
}

export interface FoundDoc {
  key: string;
  seq: number;
  doc: Record<string, unknown>;
}

/** Counters benchmarks and tests read to see what a query cost. */
export interface ScanStats {
  docsExamined: number;
  indexScans: number;
  collectionScans: number;
  lastPlan: string;
}

export function newScanStats(): ScanStats {
  return { docsExamined: 0, indexScans: 0, collectionScans: 0, lastPlan: '' };
}

/**
 * Runs a query: the planner narrows the candidates through SQLite, mingo decides each candidate,
 * and when the index already yields the order, skip/limit stop the scan early.
 */
export function runQuery(
  store: Store,
  collection: string,
  query: Record<string, unknown>,
  options: FindOptions,
  stats: ScanStats,
): FoundDoc[] {
  const sort = options.sort ?? [];
  const plan = planQuery(collection, store.indexes(collection), query, sort);
  stats.lastPlan = plan.index;
  if (plan.sql) stats.indexScans++;
  else stats.collectionScans++;
  const near = nearOf(query);
  if (near) requireGeoIndex(store, collection, near.field, '$nearSphere');
  // A near query answers nearest first, so it cannot stop at the first page of index order.
  const streamed = plan.providesSort && !near;
  const matcher = compileQuery(query);
  const skip = options.skip ?? 0;
  const limit = options.limit ?? Infinity;
  const matches: FoundDoc[] = [];
  const seen = plan.dedupe ? new Set<string>() : undefined;
  let skipped = 0;
  for (const row of candidates(store, collection, plan)) {
    if (seen) {
      if (seen.has(row.key)) continue;
      seen.add(row.key);
    }
    stats.docsExamined++;
    const doc = parseStored(row.body);
    if (!matcher.test(doc)) continue;
    if (streamed) {
      if (skipped < skip) {
        skipped++;
        continue;
      }
      matches.push({ key: row.key, seq: row.seq, doc });
      if (matches.length >= limit) break;
    } else matches.push({ key: row.key, seq: row.seq, doc });
  }
  if (streamed) return matches;
  return orderAndPage(matches, sort, skip, limit, near);
}

/**
 * Sorts found documents (mingo's comparison, MongoDB's cross-type order), then skips and limits.
 * A `$nearSphere` query without an explicit sort comes nearest first, as on MongoDB.
 */
export function orderAndPage(matches: FoundDoc[], sort: SortSpec, skip = 0, limit = Infinity, near?: NearSpec): FoundDoc[] {
  if (near && sort.length === 0) {
    const distance = new Map(matches.map((m) => [m, distanceTo(near.center, resolve(m.doc, near.field)) ?? Infinity]));
    matches = [...matches].sort((a, b) => distance.get(a)! - distance.get(b)!);
  }
  const byKey = new Map(matches.map((m) => [m.doc, m]));
  const cursor = new Query({}).find(matches.map((m) => m.doc));
  const ordered = (sort.length ? cursor.sort(Object.fromEntries(sort)) : cursor)
    .skip(skip)
    .limit(Number.isFinite(limit) ? limit : Number.MAX_SAFE_INTEGER)
    .all();
  return ordered.map((doc) => byKey.get(doc as Record<string, unknown>)!);
}

/** mingo throws on unknown operators or malformed operands; that is the caller's bad input. */
export function compileQuery(query: Record<string, unknown>): Query {
  try {
    const compiled = mongoQuery(withMongoSemantics(query));
    compiled.test({});
    return compiled;
  } catch (error) {
    throw invalidParam(`invalid query: ${(error as Error).message}`);
  }
}

/** MongoDB (and CloudBase) answer `$nearSphere` and `$geoNear` only on a field with a 2dsphere index. */
export function requireGeoIndex(store: Store, collection: string, field: string, operator: string): void {
  if (!store.geoIndexes(collection).some((ix) => ix.field === field))
    throw new DbError(
      'DATABASE_REQUEST_FAILED',
      `unable to find index for ${operator} query: ${collection}.${field} needs a 2dsphere index (database/manifest.json)`,
    );
}

function candidates(store: Store, collection: string, plan: Plan): IterableIterator<StoredDoc> {
  return plan.sql ? store.scanIndex(plan.sql, plan.params) : store.scanAll(collection);
}
