import type { Counters } from '@core/stats-measures';

/** A member's own counters per term (我的贡献). */
export const MEMBER_FIELDS = ['bookingMinutes', 'activityMinutes', 'ledgerEntries', 'servicesGiven'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

export type Presence = { openid: string; delta: 1 | -1 };

/**
 * One thing that happened, as the rollups count it. `id` is its idempotency key: applying a fact
 * whose id was applied before changes nothing, so a replay (a retried action, a re-run timer, a
 * site emitting every fact of a record's current state) counts once. Facts are built from source
 * documents by the functions in stat-facts-of.ts — the same ones the rebuild runs over the
 * source collections, which is why the two agree.
 */
export interface StatFact {
  id: string;
  /** The instant whose Shanghai day and term the fact counts in. */
  at: Date;
  teamId: string | null;
  /** Whose org unit the fact counts under: a member (their unit is looked up) or a unit itself. */
  unitOf: { openid: string } | { orgUnitId: string | null };
  counts?: Partial<Counters>;
  /** A volunteer's verified presence in the term (active / returning volunteers). */
  active?: Presence;
  /** A person served in the term (people served). */
  served?: Presence;
  /** Per-volunteer counters; `helped` is a person they served (people helped, distinct). */
  members?: { openid: string; counts: Partial<Record<MemberField, number>>; helped?: Presence }[];
  /** An activity's own counters (top activities): its verified minutes and credited entries, from `counts`. */
  activity?: { activityId: string; title: string | null };
  /** An answer to a question, counted toward the question's first-answer time when it is the earliest. */
  answer?: { questionId: string; askedAt: Date; answeredAt: Date };
  /** Undoes the fact with this id (whatever it counted); if it comes first, that fact never counts. */
  reverses?: string;
}

/** A fact with its attribution settled: the day, the term and the org unit it counts under. */
export interface ResolvedFact extends Omit<StatFact, 'at' | 'unitOf'> {
  day: string;
  termId: string;
  orgUnitId: string | null;
}
