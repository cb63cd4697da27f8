import { encodeKey, isIndexableScalar, typeUpperBound } from './index-key';
import { isPlainObject } from './ejson';
import type { IndexMeta } from './store';

export type SortSpec = Array<[string, 1 | -1]>;

interface Bound {
  key: string;
  inclusive: boolean;
}

interface FieldPredicate {
  eq?: string[];
  lower?: Bound;
  upper?: Bound;
}

export interface Plan {
  /** 'collection scan' or the index name, for explain output and tests. */
  index: string;
  sql?: string;
  params: unknown[];
  providesSort: boolean;
  /** A multikey scan can meet the same document twice. */
  dedupe: boolean;
}

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);

/**
 * Picks the declared index that narrows a query most (equality prefix, then one range) or that
 * yields the requested order, so neither an indexed lookup nor an indexed page scans the collection.
 * The plan only narrows the candidates: mingo still evaluates the whole query on each of them.
 */
export function planQuery(collection: string, indexes: IndexMeta[], query: Record<string, unknown>, sort: SortSpec): Plan {
  const predicates = new Map<string, FieldPredicate>();
  collectPredicates(query, predicates);
  const candidates = [idIndex(collection), ...indexes.map((meta) => ({ meta, fields: meta.spec.keys }))];
  let best: { score: number; plan: Plan } | undefined;
  for (const candidate of candidates) {
    const built = buildPlan(collection, candidate, predicates, sort);
    if (built && (!best || built.score > best.score)) best = built;
  }
  return best?.plan ?? { index: 'collection scan', params: [], providesSort: sort.length === 0, dedupe: false };
}

interface Candidate {
  meta: IndexMeta | null;
  fields: Array<[string, 1 | -1]>;
}

function idIndex(_collection: string): Candidate {
  return { meta: null, fields: [['_id', 1]] };
}

function buildPlan(
  collection: string,
  candidate: Candidate,
  predicates: Map<string, FieldPredicate>,
  sort: SortSpec,
): { score: number; plan: Plan } | undefined {
  const column = (i: number) => (candidate.meta ? `i.k${i}` : 'd.key');
  const conditions: string[] = [];
  const params: unknown[] = [];
  let eqLen = 0;
  let usesIn = false;
  let hasRange = false;
  for (let i = 0; i < candidate.fields.length; i++) {
    const predicate = predicates.get(candidate.fields[i][0]);
    if (predicate?.eq) {
      if (predicate.eq.length === 1) conditions.push(`${column(i)} = ?`);
      else conditions.push(`${column(i)} IN (${predicate.eq.map(() => '?').join(', ')})`);
      params.push(...predicate.eq);
      usesIn ||= predicate.eq.length > 1;
      eqLen++;
      continue;
    }
    if (predicate?.lower || predicate?.upper) {
      const lower = predicate.lower ?? { key: predicate.upper!.key[0], inclusive: true };
      const upper = predicate.upper ?? { key: typeUpperBound(lower.key), inclusive: false };
      conditions.push(`${column(i)} ${lower.inclusive ? '>=' : '>'} ?`, `${column(i)} ${upper.inclusive ? '<=' : '<'} ?`);
      params.push(lower.key, upper.key);
      hasRange = true;
    }
    break;
  }
  const multikey = candidate.meta?.multikey ?? false;
  const order = sortOrder(candidate.fields, eqLen, sort, multikey || usesIn);
  if (conditions.length === 0 && !order) return undefined;
  const orderSql = order
    ? candidate.fields
        .slice(eqLen, eqLen + sort.length)
        .map(([, dir], j) => `${column(eqLen + j)} ${dir * order.sign === 1 ? 'ASC' : 'DESC'}`)
    : [];
  const sql = candidate.meta
    ? `SELECT d.key, d.seq, d.body FROM ${candidate.meta.table} i JOIN documents d ON d.coll = ? AND d.key = i.doc_key` +
      (conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '') +
      (orderSql.length ? ` ORDER BY ${orderSql.join(', ')}` : '')
    : `SELECT d.key, d.seq, d.body FROM documents d WHERE d.coll = ?` +
      (conditions.length ? ` AND ${conditions.join(' AND ')}` : '') +
      (orderSql.length ? ` ORDER BY ${orderSql.join(', ')}` : '');
  const score =
    (candidate.meta ? 0 : 1) +
    eqLen * 100 +
    (hasRange ? 50 : 0) +
    (order ? 25 : 0) +
    (candidate.meta?.spec.unique && eqLen === candidate.fields.length ? 10 : 0);
  return {
    score,
    plan: {
      index: candidate.meta ? candidate.meta.spec.name : '_id_',
      sql,
      params: [collection, ...params],
      providesSort: sort.length === 0 || Boolean(order),
      dedupe: multikey,
    },
  };
}

/** The index gives the requested order when the sort keys continue its equality prefix, all forwards or all reversed. */
function sortOrder(fields: Array<[string, 1 | -1]>, eqLen: number, sort: SortSpec, unordered: boolean): { sign: 1 | -1 } | undefined {
  if (sort.length === 0 || unordered) return undefined;
  const rest = fields.slice(eqLen);
  if (rest.length < sort.length) return undefined;
  let sign: 1 | -1 | 0 = 0;
  for (let j = 0; j < sort.length; j++) {
    if (rest[j][0] !== sort[j][0]) return undefined;
    const s = rest[j][1] === sort[j][1] ? 1 : -1;
    if (sign !== 0 && s !== sign) return undefined;
    sign = s;
  }
  return { sign: sign === 0 ? 1 : sign };
}

function collectPredicates(query: Record<string, unknown>, out: Map<string, FieldPredicate>): void {
  for (const [field, value] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) collectPredicates(part, out);
      continue;
    }
    if (field.startsWith('$')) continue;
    const predicate = out.get(field) ?? {};
    if (isIndexableScalar(value)) predicate.eq ??= [encodeKey(value)];
    else if (isPlainObject(value) && Object.keys(value).every((k) => k.startsWith('$'))) addOperators(value, predicate);
    if (predicate.eq || predicate.lower || predicate.upper) out.set(field, predicate);
  }
}

function addOperators(ops: Record<string, unknown>, predicate: FieldPredicate): void {
  for (const [op, operand] of Object.entries(ops)) {
    if (op === '$eq' && isIndexableScalar(operand)) predicate.eq ??= [encodeKey(operand)];
    else if (op === '$in' && Array.isArray(operand) && operand.length > 0 && operand.every(isIndexableScalar))
      predicate.eq ??= [...new Set(operand.map(encodeKey))];
    else if (RANGE_OPS.has(op) && operand !== null && isIndexableScalar(operand)) {
      const bound = { key: encodeKey(operand), inclusive: op.endsWith('e') };
      if (op.startsWith('$g')) predicate.lower = bound;
      else predicate.upper = bound;
    }
  }
}
