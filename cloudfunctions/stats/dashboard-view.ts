import type { Dashboard } from '@core/stats.contract';
import {
  addCounters,
  COUNTER_FIELDS,
  DISTINCT_FIELDS,
  measuresOf,
  zeroCounters,
  zeroDistinct,
  type Counters,
  type DistinctCounts,
} from '@core/stats-measures';
import { ALL_TEAMS } from '../_lib/stats/stats-fold';

type MonthlyRow = { _id: { month: string; teamId: string | null } } & Record<string, number>;
export type ScopeRow = { _id: string } & Record<string, number>;

const countersOf = (row: Record<string, number>): Partial<Counters> =>
  Object.fromEntries(COUNTER_FIELDS.map((field) => [field, row[field] ?? 0]));
const distinctOf = (row: Record<string, number> | undefined): DistinctCounts =>
  row ? (Object.fromEntries(DISTINCT_FIELDS.map((field) => [field, row[field] ?? 0])) as DistinctCounts) : zeroDistinct();

/** The dashboard from the two aggregates: month × team counter sums and per-scope distinct sums. */
export const toDashboard = (
  filter: { termId: string; teamId: string | null; orgUnitId: string | null },
  monthly: readonly MonthlyRow[],
  scopes: readonly ScopeRow[],
): Dashboard => {
  const total = zeroCounters();
  const byMonth = new Map<string, Counters>();
  const byTeam = new Map<string, Counters>();
  for (const row of monthly) {
    const counters = countersOf(row);
    addCounters(total, counters);
    addCounters(byMonth.get(row._id.month) ?? byMonth.set(row._id.month, zeroCounters()).get(row._id.month)!, counters);
    const team = row._id.teamId;
    if (team) addCounters(byTeam.get(team) ?? byTeam.set(team, zeroCounters()).get(team)!, counters);
  }
  const scope = new Map(scopes.map((row) => [row._id, row]));
  const totalScope = filter.teamId ?? ALL_TEAMS;
  const trend = [...byMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, counters]) => {
      const { peopleServed: _p, activeVolunteers: _a, returningVolunteers: _r, ...measures } = measuresOf(counters, zeroDistinct());
      return { month, measures };
    });
  const teamIds = new Set([...byTeam.keys(), ...[...scope.keys()].filter((id) => id !== ALL_TEAMS)]);
  const teams = [...teamIds]
    .map((teamId) => ({ teamId, measures: measuresOf(byTeam.get(teamId) ?? zeroCounters(), distinctOf(scope.get(teamId))) }))
    .sort((a, b) => b.measures.servicesDelivered - a.measures.servicesDelivered || a.teamId.localeCompare(b.teamId));
  return { ...filter, totals: measuresOf(total, distinctOf(scope.get(totalScope))), trend, teams };
};
