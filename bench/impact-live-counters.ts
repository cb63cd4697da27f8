import type tcb from '@cloudbase/node-sdk';
import { ledgerFacts, type LedgerEntryLike } from '../cloudfunctions/_lib/stats/stat-facts-of';
import { createFold, type StatsKind } from '../cloudfunctions/_lib/stats/stats-fold';
import { loadTerms, resolveFacts, termOrderOf } from '../cloudfunctions/_lib/stats/stats.repository';
import { insertAll } from './home-year';

type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;

const COLLECTION_OF: Record<StatsKind, string> = {
  monthly: 'stats_monthly',
  scope: 'stats_scopes',
  member: 'stats_members',
  marker: 'stats_markers',
  activity: 'stats_activities',
  applied: 'stats_applied',
};

/**
 * The rollups live increments would have left for bulk-seeded ledger entries: the increments' own
 * fold, with their shard ids and applied markers, run in memory and written in bulk (a transaction
 * per entry would take hours at 1M). The dashboard then reads what a live environment holds.
 */
export const liveCounters = async () => {
  const terms = await loadTerms();
  const fold = createFold(async () => null, termOrderOf(terms));
  return {
    async add(entries: readonly LedgerEntryLike[]) {
      for (const fact of await resolveFacts(entries.flatMap(ledgerFacts), terms)) await fold.apply(fact);
    },
    async store(db: Database) {
      const byKind = new Map<StatsKind, Record<string, unknown>[]>();
      for (const { kind, id, doc } of fold.changed()) (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push({ ...doc, _id: id });
      for (const [kind, rows] of byKind) await insertAll(db, COLLECTION_OF[kind], rows);
    },
  };
};
