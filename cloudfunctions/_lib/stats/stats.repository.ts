import { shanghaiDay } from '@core/shanghai-time';
import { z } from 'zod';
import { database } from '../cloudbase';
import { key } from '../keyset/key-fields';
import { keyset } from '../keyset/keyset';
import { keysetBatches } from '../keyset/keyset-page.repository';
import { listTermDocuments, termOfInstant, type TermDocument } from '../term.repository';
import { inTransaction, type TransactionScope } from '../transaction.repository';
import { membersByOpenid } from '../user.repository';
import type { ResolvedFact, StatFact } from './stat-fact';
import { addShard, createFold, type StatsDoc, type StatsKind, type TermOrder } from './stats-fold';

/**
 * The stats rollups (issue 17), the owner of six collections:
 * `stats_monthly` (additive counters per term × month × team × org unit), `stats_scopes` (distinct
 * counts per term × team-or-all × org unit), `stats_members` (a member's own counters per term and
 * over all terms), `stats_markers` (who is present in which term: the membership markers that keep
 * distinct counts exact, and each question's first answer), `stats_activities` (each activity's
 * verified minutes and credited entries per term: top activities) and `stats_applied` (one document per
 * applied fact id: the idempotency key). Counters change only by folding facts in a transaction
 * (stats-fold.ts) together with the fact's applied marker, so a replayed fact counts once and a
 * crash leaves either all of a fact or none of it.
 */
const STATS_MONTHLY = 'stats_monthly';
const STATS_SCOPES = 'stats_scopes';
const STATS_MEMBERS = 'stats_members';
const STATS_MARKERS = 'stats_markers';
const STATS_APPLIED = 'stats_applied';
const STATS_ACTIVITIES = 'stats_activities';

type Scope = Pick<TransactionScope, 'collection'>;

/** The collection of a kind, in a transaction or not (named by constant, as the sealed-repositories scan reads them). */
const open = (scope: Scope, kind: StatsKind) => {
  switch (kind) {
    case 'monthly':
      return scope.collection(STATS_MONTHLY);
    case 'scope':
      return scope.collection(STATS_SCOPES);
    case 'member':
      return scope.collection(STATS_MEMBERS);
    case 'marker':
      return scope.collection(STATS_MARKERS);
    case 'activity':
      return scope.collection(STATS_ACTIVITIES);
    default:
      return scope.collection(STATS_APPLIED);
  }
};

const collection = (kind: StatsKind) => open(database, kind);
const _ = database.command;
const $ = database.command.aggregate;

/** Term order from the term list: previous / next by start day. */
export const termOrderOf = (terms: readonly TermDocument[]): TermOrder => {
  const ordered = [...terms].sort((a, b) => a.startDay.localeCompare(b.startDay));
  const index = new Map(ordered.map((term, i) => [term._id, i]));
  return {
    prevOf: (termId) => (index.has(termId) ? (ordered[(index.get(termId) as number) - 1]?._id ?? null) : null),
    nextOf: (termId) => (index.has(termId) ? (ordered[(index.get(termId) as number) + 1]?._id ?? null) : null),
  };
};

/** Counter bumps from a burst may meet: more conflict rounds than a user's change needs. */
export const STATS_ROUNDS = 10;

/** Facts outside every term count under this term id. */
export const NO_TERM = 'none';

/** Settles each fact's day, term and org unit (a member's unit as it is now: one read for all of them). */
export const resolveFacts = async (facts: readonly StatFact[], terms: readonly TermDocument[]): Promise<ResolvedFact[]> => {
  const openids = facts.flatMap((fact) => ('openid' in fact.unitOf ? [fact.unitOf.openid] : []));
  const members = openids.length > 0 ? await membersByOpenid(openids) : new Map();
  return facts.map(({ at, unitOf, ...fact }) => ({
    ...fact,
    day: shanghaiDay(at),
    termId: termOfInstant(terms, at)?._id ?? NO_TERM,
    orgUnitId: 'openid' in unitOf ? ((members.get(unitOf.openid)?.orgUnitId as string | null | undefined) ?? null) : unitOf.orgUnitId,
  }));
};

const txLoader = (tx: TransactionScope) => async (kind: StatsKind, id: string) => {
  const { data } = (await open(tx, kind).doc(id).get()) as unknown as { data: StatsDoc | null | undefined };
  return data ?? null;
};

const writeAll = async (tx: TransactionScope, changed: { kind: StatsKind; id: string; doc: StatsDoc }[]) => {
  for (const { kind, id, doc } of changed) {
    const { _id: _ignored, ...body } = doc as StatsDoc & { _id?: string };
    await open(tx, kind).doc(id).set(body);
  }
};

/**
 * Folds resolved facts inside the caller's transaction (the ledger entry and its counters commit
 * together). Answers how many facts were new.
 */
export const applyFactsIn = async (tx: TransactionScope, facts: readonly ResolvedFact[], terms: readonly TermDocument[]) => {
  const fold = createFold(txLoader(tx), termOrderOf(terms));
  let applied = 0;
  await fold.prefetch(facts);
  for (const fact of facts) if (await fold.apply(fact)) applied += 1;
  await writeAll(tx, fold.changed());
  return applied;
};

/** Terms for attribution: a short list, read with the facts it attributes. */
export const loadTerms = listTermDocuments;

/**
 * Counts facts after the change that caused them committed: one transaction for the lot, retried
 * on conflict; facts already applied are skipped. Sites emit every fact of a record's current
 * state, so a fact a crash lost is counted by the record's next change (or the rebuild).
 */
export const recordStatFacts = async (facts: readonly StatFact[]): Promise<number> => {
  if (facts.length === 0) return 0;
  const terms = await loadTerms();
  const resolved = await resolveFacts(facts, terms);
  return inTransaction((tx) => applyFactsIn(tx, resolved, terms), STATS_ROUNDS);
};

// ——— Reads for the dashboards ———

export interface CounterFilter {
  /** One term, or several (a year's terms). */
  termId: string | readonly string[];
  teamId?: string | null;
  orgUnitIds?: readonly (string | null)[] | null;
}

const termCondition = (termId: string | readonly string[]) => (typeof termId === 'string' ? termId : _.in([...termId]));

const counterCondition = (filter: CounterFilter) => ({
  termId: termCondition(filter.termId),
  ...(filter.teamId ? { teamId: filter.teamId } : {}),
  ...(filter.orgUnitIds ? { orgUnitId: _.in([...filter.orgUnitIds]) } : {}),
});

/**
 * Counters summed per month × team under the filter: one aggregate (the trend, the team comparison and
 * the totals) over at most months × teams × units × shards documents, however long the history.
 */
export const sumCountersByMonthAndTeam = async (filter: CounterFilter, fields: readonly string[]) => {
  const sums = Object.fromEntries(fields.map((field) => [field, $.sum(`$${field}`)]));
  const { data } = await collection('monthly')
    .aggregate()
    .match(counterCondition(filter))
    .group({ _id: { month: '$month', teamId: '$teamId' }, ...sums })
    .limit(10000)
    .end();
  return data as ({ _id: { month: string; teamId: string | null } } & Record<string, number>)[];
};

/** Distinct counts summed per team scope under the filter (additive over org units): one aggregate. */
export const sumScopesByTeam = async (filter: CounterFilter, fields: readonly string[]) => {
  const sums = Object.fromEntries(fields.map((field) => [field, $.sum(`$${field}`)]));
  const { data } = await collection('scope')
    .aggregate()
    .match({
      termId: termCondition(filter.termId),
      ...(filter.teamId ? { scope: filter.teamId } : {}),
      ...(filter.orgUnitIds ? { orgUnitId: _.in([...filter.orgUnitIds]) } : {}),
    })
    .group({ _id: '$scope', ...sums })
    .limit(10000)
    .end();
  return data as ({ _id: string } & Record<string, number>)[];
};

/**
 * Who was present (a volunteer active, a person served) in any of the terms, per team scope:
 * one row per (kind, scope, person) with the terms they were present in. Read from the presence
 * markers — one per person, scope and term, however many entries lie under them — so distinct
 * counts over several terms (a year) stay exact.
 */
export const presenceOf = async (termIds: readonly string[]) => {
  if (termIds.length === 0) return [];
  const { data } = await collection('marker')
    .aggregate()
    .match({ termId: _.in([...termIds]), kind: _.in(['active', 'served']), n: _.gt(0) })
    .group({ _id: { kind: '$kind', scope: '$scope', openid: '$openid' }, terms: $.addToSet('$termId') })
    .limit(1_000_000)
    .end();
  return data as { _id: { kind: 'active' | 'served'; scope: string; openid: string }; terms: string[] }[];
};

/** The activities with the most verified minutes credited in the terms (ties: more entries, then id). */
export const topActivitiesOf = async (termIds: readonly string[], limit: number) => {
  if (termIds.length === 0) return [];
  const { data } = await collection('activity')
    .aggregate()
    .match({ termId: _.in([...termIds]) })
    .group({
      _id: '$activityId',
      verifiedMinutes: $.sum('$verifiedMinutes'),
      credited: $.sum('$credited'),
      title: $.max('$title'),
      teamId: $.max('$teamId'),
    })
    .match({ verifiedMinutes: _.gt(0) })
    .sort({ verifiedMinutes: -1, credited: -1, _id: 1 })
    .limit(limit)
    .end();
  return data as { _id: string; verifiedMinutes: number; credited: number; title: string | null; teamId: string | null }[];
};

/** A member's own documents, one per term plus the all-terms one (a handful). */
export const memberStatsOf = async (openid: string) => {
  const { data } = await collection('member').where({ openid }).limit(1000).get();
  return data as ({ _id: string; openid: string; termId: string } & Record<string, number>)[];
};

// ——— The rebuild's reads and writes ———

const BY_ID = keyset({ _id: key.id('asc', z.string().max(400)) });

/** Every stored document of a kind, in bounded batches. */
export const storedStats = (kind: StatsKind) => keysetBatches<StatsDoc & { _id: string }>(collection(kind), BY_ID, {});

/** Replaces (or creates) one rollup document with the rebuild's value. */
export const replaceStatsDoc = async (kind: StatsKind, id: string, doc: StatsDoc): Promise<void> => {
  const { _id: _ignored, ...body } = doc as StatsDoc & { _id?: string };
  await collection(kind).doc(id).set(body);
};

export const removeStatsDoc = async (kind: StatsKind, id: string): Promise<void> => {
  await collection(kind).doc(id).remove();
};

/**
 * Folds a logical document's shards into one (`into`) in a transaction: an increment that meets the
 * merge makes it retry, so nothing is lost or counted twice. The nightly rebuild merges the counters
 * the dashboard reads, so a past month costs it one document per team × unit instead of one per shard.
 */
export const mergeStatsShards = (kind: StatsKind, ids: readonly string[], into: string): Promise<void> =>
  inTransaction(async (tx) => {
    const all = [...new Set([into, ...ids])];
    const docs = await Promise.all(all.map((id) => txLoader(tx)(kind, id)));
    if (!docs.some(Boolean)) return;
    const merged = docs.reduce<StatsDoc>((sum, doc) => (doc ? addShard(sum, doc) : sum), {});
    await open(tx, kind).doc(into).set(merged);
    for (const [i, id] of all.entries()) if (id !== into && docs[i]) await open(tx, kind).doc(id).remove();
  }, STATS_ROUNDS);
