import { answerBucketOf } from '@core/stats-measures';
import type { Presence, ResolvedFact } from './stat-fact';

/** The rollup documents, by kind (each kind is one collection; see stats.repository.ts). */
export type StatsKind = 'monthly' | 'scope' | 'member' | 'marker' | 'activity' | 'applied';

/** Kinds whose documents are split in shards (their id ends in `#n`). */
export const SHARDED_KINDS: readonly StatsKind[] = ['monthly', 'scope', 'activity'];

export type StatsDoc = Record<string, unknown>;

/** Where the fold reads documents it has not seen yet: a transaction, or the rebuild's memory. */
export type StatsLoader = (kind: StatsKind, id: string) => Promise<StatsDoc | null>;

/** prev/next term of a term, in start order (null for the first/last, and for `none`). */
export interface TermOrder {
  prevOf(termId: string): string | null;
  nextOf(termId: string): string | null;
}

const NO_ID = '-';
export const ALL_TEAMS = '*';
/** Member documents summed over every term carry this term id. */
export const ALL_TERMS = '*';

/**
 * Counter documents are split in SHARDS by the fact's id, so concurrent facts of one month, team and
 * unit (a check-out burst) mostly write different documents instead of conflicting on one; reads
 * sum the shards anyway (an aggregate), and the rebuild compares shard sums (`logicalIdOf`).
 */
export const SHARDS = 16;
const shardOf = (factId: string): number => {
  let hash = 0;
  for (let i = 0; i < factId.length; i += 1) hash = (hash * 31 + factId.charCodeAt(i)) >>> 0;
  return hash % SHARDS;
};
/** A counter document's id without its shard. */
export const logicalIdOf = (id: string) => id.replace(/#\d+$/, '');

/** Adds a shard document into `into`: numbers summed, the other fields (shared by the shards) kept. */
export const addShard = (into: StatsDoc, shard: StatsDoc): StatsDoc => {
  for (const [key, value] of Object.entries(shard))
    if (key === '_id') continue;
    else if (typeof value === 'number') into[key] = ((into[key] as number | undefined) ?? 0) + value;
    else into[key] ??= value;
  return into;
};

/**
 * Additive counters are kept per term × month × team × org unit: no reader wants a finer grain (the
 * trend is monthly), and a day grain made the dashboard read grow with the history's spread of days.
 */
const monthlyIdOf = (fact: Pick<ResolvedFact, 'id' | 'termId' | 'day' | 'teamId' | 'orgUnitId'>) =>
  `${fact.termId}|${fact.day.slice(0, 7)}|${fact.teamId ?? NO_ID}|${fact.orgUnitId ?? NO_ID}#${shardOf(fact.id)}`;
const scopeIdOf = (termId: string, scope: string, orgUnitId: string | null, factId: string) =>
  `${termId}|${scope}|${orgUnitId ?? NO_ID}#${shardOf(factId)}`;
const activityIdOf = (fact: Pick<ResolvedFact, 'id' | 'termId'>, activityId: string) => `${fact.termId}|${activityId}#${shardOf(fact.id)}`;
const markerIdOf = (kind: string, termId: string, scope: string, openid: string) => `${kind}|${termId}|${scope}|${openid}`;

const num = (doc: StatsDoc | null, field: string): number => (typeof doc?.[field] === 'number' ? (doc[field] as number) : 0);

/**
 * The one reducer the incremental path and the rebuild share: applies facts to the rollup
 * documents it loads (and caches), leaving the changed ones in `changed`. The incremental path
 * loads through a transaction and writes `changed` back in it; the rebuild starts from nothing,
 * folds every fact derived from the source records, and compares. Same code, same numbers.
 */
export const createFold = (load: StatsLoader, terms: TermOrder) => {
  const cache = new Map<string, StatsDoc | null>();
  const changed = new Map<string, { kind: StatsKind; id: string; doc: StatsDoc }>();
  const keyOf = (kind: StatsKind, id: string) => `${kind}/${id}`;

  const get = async (kind: StatsKind, id: string): Promise<StatsDoc | null> => {
    const key = keyOf(kind, id);
    if (!cache.has(key)) cache.set(key, await load(kind, id));
    return cache.get(key) ?? null;
  };
  const put = (kind: StatsKind, id: string, doc: StatsDoc) => {
    cache.set(keyOf(kind, id), doc);
    changed.set(keyOf(kind, id), { kind, id, doc });
  };
  const bump = async (kind: StatsKind, id: string, base: StatsDoc, deltas: Record<string, number>) => {
    const doc = { ...((await get(kind, id)) ?? base) };
    for (const [field, delta] of Object.entries(deltas)) if (delta) doc[field] = num(doc, field) + delta;
    put(kind, id, doc);
  };

  const monthly = (fact: ResolvedFact, deltas: Record<string, number>) =>
    bump(
      'monthly',
      monthlyIdOf(fact),
      { termId: fact.termId, month: fact.day.slice(0, 7), teamId: fact.teamId, orgUnitId: fact.orgUnitId },
      deltas,
    );
  const scoped = (fact: ResolvedFact, termId: string, scope: string, orgUnitId: string | null, deltas: Record<string, number>) =>
    bump('scope', scopeIdOf(termId, scope, orgUnitId, fact.id), { termId, scope, orgUnitId }, deltas);

  /** Moves a marker's count; answers the unit it counts under and whether presence began (+1) or ended (-1). */
  const mark = async (kind: string, termId: string, scope: string, openid: string, orgUnitId: string | null, delta: number) => {
    const id = markerIdOf(kind, termId, scope, openid);
    const before = await get('marker', id);
    const n = num(before, 'n');
    const unit = before && n > 0 ? ((before.orgUnitId as string | null) ?? null) : orgUnitId;
    put('marker', id, { termId, kind, scope, openid, orgUnitId: unit, n: n + delta });
    return { unit, change: n <= 0 && n + delta > 0 ? 1 : n > 0 && n + delta <= 0 ? -1 : 0 };
  };
  const isActive = async (termId: string | null, scope: string, openid: string) => {
    if (!termId) return null;
    const marker = await get('marker', markerIdOf('active', termId, scope, openid));
    return marker && num(marker, 'n') > 0 ? ((marker.orgUnitId as string | null) ?? null) : undefined;
  };

  const presence = async (fact: ResolvedFact, kind: 'active' | 'served', who: Presence, sign: number) => {
    const scopes = fact.teamId ? [fact.teamId, ALL_TEAMS] : [ALL_TEAMS];
    for (const scope of scopes) {
      const { unit, change } = await mark(kind, fact.termId, scope, who.openid, fact.orgUnitId, who.delta * sign);
      if (change === 0) continue;
      await scoped(fact, fact.termId, scope, unit, { [kind === 'active' ? 'activeVolunteers' : 'peopleServed']: change });
      if (kind !== 'active') continue;
      // Returning = active in this term and the one before: the pair changes on either side.
      const prev = terms.prevOf(fact.termId);
      if ((await isActive(prev, scope, who.openid)) !== undefined && prev)
        await scoped(fact, fact.termId, scope, unit, { returningVolunteers: change });
      const next = terms.nextOf(fact.termId);
      const nextUnit = await isActive(next, scope, who.openid);
      if (next && nextUnit !== undefined) await scoped(fact, next, scope, nextUnit, { returningVolunteers: change });
    }
  };

  const member = async (fact: ResolvedFact, sign: number) => {
    for (const one of fact.members ?? []) {
      const deltas = Object.fromEntries(Object.entries(one.counts).map(([field, n]) => [field, (n ?? 0) * sign]));
      for (const termId of [fact.termId, ALL_TERMS]) {
        const extra: Record<string, number> = {};
        if (one.helped) {
          const { change } = await mark('helped', termId, one.openid, one.helped.openid, null, one.helped.delta * sign);
          if (change) extra.peopleHelped = change;
        }
        await bump('member', `${one.openid}|${termId}`, { openid: one.openid, termId }, { ...deltas, ...extra });
      }
    }
  };

  /** The earliest answer by someone else sets the question's first-answer bucket; a later-found earlier one moves it. */
  const answer = async (fact: ResolvedFact) => {
    const { questionId, askedAt, answeredAt } = fact.answer!;
    const id = `first|${questionId}`;
    const marker = await get('marker', id);
    const bucketOf = (at: Date | string) => answerBucketOf((new Date(at).getTime() - new Date(askedAt).getTime()) / 60_000);
    if (!marker) {
      put('marker', id, { termId: fact.termId, kind: 'first', firstAt: new Date(answeredAt).toISOString() });
      await monthly(fact, { answeredQuestions: 1, [bucketOf(answeredAt)]: 1 });
    } else if (new Date(answeredAt).getTime() < new Date(marker.firstAt as string).getTime()) {
      put('marker', id, { ...marker, firstAt: new Date(answeredAt).toISOString() });
      const [from, to] = [bucketOf(marker.firstAt as string), bucketOf(answeredAt)];
      if (from !== to) await monthly(fact, { [from]: -1, [to]: 1 });
    }
  };

  const effect = async (fact: ResolvedFact, sign: number) => {
    if (fact.counts) {
      const deltas = Object.fromEntries(Object.entries(fact.counts).map(([field, n]) => [field, (n ?? 0) * sign]));
      await monthly(fact, deltas);
    }
    if (fact.activity) {
      const { activityId, title } = fact.activity;
      await bump(
        'activity',
        activityIdOf(fact, activityId),
        { termId: fact.termId, activityId, teamId: fact.teamId, title },
        { verifiedMinutes: (fact.counts?.verifiedMinutes ?? 0) * sign, credited: sign },
      );
    }
    if (fact.active) await presence(fact, 'active', fact.active, sign);
    if (fact.served) await presence(fact, 'served', fact.served, sign);
    await member(fact, sign);
    if (fact.answer && sign > 0) await answer(fact);
  };

  /** Applies one fact once; answers false when its id was applied (or reversed) before. */
  const apply = async (fact: ResolvedFact): Promise<boolean> => {
    if (await get('applied', fact.id)) return false;
    if (!fact.reverses) {
      await effect(fact, 1);
      put('applied', fact.id, { termId: fact.termId, fact: JSON.parse(JSON.stringify(fact)) as StatsDoc });
      return true;
    }
    put('applied', fact.id, { termId: fact.termId, reverses: fact.reverses });
    const original = await get('applied', fact.reverses);
    if (!original) {
      // The reversal came first: the fact it undoes must never count.
      put('applied', fact.reverses, { termId: fact.termId, reversedBy: fact.id });
      return true;
    }
    if (original.reversedBy || !original.fact) return true;
    await effect(original.fact as unknown as ResolvedFact, -1);
    put('applied', fact.reverses, { ...original, reversedBy: fact.id });
    return true;
  };

  /** The documents a fact will read, loaded together (in parallel) before the fold reads them one by one. */
  const prefetch = async (facts: readonly ResolvedFact[]) => {
    const wanted = new Map<string, [StatsKind, string]>();
    const want = (kind: StatsKind, id: string) => {
      if (!cache.has(keyOf(kind, id))) wanted.set(keyOf(kind, id), [kind, id]);
    };
    for (const fact of facts) {
      want('applied', fact.id);
      if (fact.reverses) want('applied', fact.reverses);
      if (fact.counts) want('monthly', monthlyIdOf(fact));
      if (fact.activity) want('activity', activityIdOf(fact, fact.activity.activityId));
      const scopes = fact.teamId ? [fact.teamId, ALL_TEAMS] : [ALL_TEAMS];
      for (const scope of scopes) {
        if (fact.served) want('marker', markerIdOf('served', fact.termId, scope, fact.served.openid));
        if (!fact.active) continue;
        for (const termId of [fact.termId, terms.prevOf(fact.termId), terms.nextOf(fact.termId)])
          if (termId) want('marker', markerIdOf('active', termId, scope, fact.active.openid));
      }
      for (const one of fact.members ?? [])
        for (const termId of [fact.termId, ALL_TERMS]) {
          want('member', `${one.openid}|${termId}`);
          if (one.helped) want('marker', markerIdOf('helped', termId, one.openid, one.helped.openid));
        }
      if (fact.answer) want('marker', `first|${fact.answer.questionId}`);
    }
    const loaded = await Promise.all([...wanted.values()].map(async ([kind, id]) => [kind, id, await load(kind, id)] as const));
    for (const [kind, id, doc] of loaded) if (!cache.has(keyOf(kind, id))) cache.set(keyOf(kind, id), doc);
  };

  return { apply, prefetch, changed: () => [...changed.values()] };
};
