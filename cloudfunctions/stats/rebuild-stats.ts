import type { RebuildReport } from '@core/stats.contract';
import { everyActivity } from '../_lib/activity.repository';
import { everyAttendance } from '../_lib/attendance.repository';
import { everyLedgerEntry } from '../_lib/hours/hours-ledger.repository';
import type { StatFact } from '../_lib/stats/stat-fact';
import {
  activityFacts,
  attendanceFacts,
  audienceFacts,
  bookingFacts,
  ledgerFacts,
  questionFacts,
  receiptFacts,
  type AnswerLike,
} from '../_lib/stats/stat-facts-of';
import { addShard, createFold, logicalIdOf, SHARDED_KINDS, type StatsDoc, type StatsKind } from '../_lib/stats/stats-fold';
import {
  loadTerms,
  mergeStatsShards,
  removeStatsDoc,
  replaceStatsDoc,
  resolveFacts,
  storedStats,
  termOrderOf,
} from '../_lib/stats/stats.repository';
import { everyBooking } from '../bookings/booking.repository';
import { everyNotice } from '../notices/notice.repository';
import { noticeTeamOf } from '../_lib/stats/stat-facts-of';
import { orgUnitOfKey } from '../notices/receipt-tally';
import { everyReceipt } from '../notices/receipt.repository';
import { everyAnswer } from '../qa/answer.repository';
import { everyQuestion } from '../qa/question.repository';

const COMPARED: StatsKind[] = ['monthly', 'scope', 'member', 'marker', 'activity'];

/** The id a rebuilt document is written under: shard 0 for sharded kinds. */
const storedIdOf = (kind: StatsKind, id: string) => (SHARDED_KINDS.includes(kind) ? `${id}#0` : id);

/** A document as compared: its numbers without the zeros (a counter that netted to 0 is no counter), keys sorted. */
const normalise = (doc: StatsDoc): string | null => {
  const entries = Object.entries(doc).filter(([key, value]) => key !== '_id' && value !== 0 && value !== undefined);
  if (!entries.some(([, value]) => typeof value === 'number' || typeof value === 'string')) return null;
  if (!entries.some(([key, value]) => typeof value === 'number' || key === 'firstAt')) return null;
  return JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))));
};

/** Sums the numbers of shard documents into one logical document (the other fields are shared by the shards). */
const sumInto = (into: Map<string, StatsDoc>, id: string, doc: StatsDoc) => {
  const logical = logicalIdOf(id);
  into.set(logical, addShard(into.get(logical) ?? {}, doc));
};

/**
 * The kinds whose agreeing shards the repair merges into one: those the dashboard reads in full
 * (months × teams × units, team scopes × units). Live increments spread a document over SHARDS;
 * after the merge only the days since the last one are spread again (mostly the current month).
 */
const MERGED: readonly StatsKind[] = ['monthly', 'scope'];

/**
 * Recomputes every rollup from the source records — the ledger, bookings, activities and their
 * attendance, questions and answers, notices and receipts — with the same fact builders and fold
 * the increments use, then compares shard sums with what is stored. With `write`, differing
 * logical documents are replaced (their other shards removed). Meant for a quiet hour: a fact
 * counted while it runs may be counted again by the replacement.
 */
export const rebuildStats = async (write: boolean): Promise<RebuildReport> => {
  const started = Date.now();
  const terms = await loadTerms();
  const fold = createFold(async () => null, termOrderOf(terms));
  let facts = 0;
  const foldAll = async (batch: StatFact[]) => {
    for (const fact of await resolveFacts(batch, terms)) await fold.apply(fact);
    facts += batch.length;
  };

  for await (const page of everyLedgerEntry()) await foldAll(page.flatMap(ledgerFacts));
  for await (const page of everyBooking()) await foldAll(page.flatMap(bookingFacts));
  // Attendance counts once its activity is settled (closed), as the closing timer counts it.
  const teamOfActivity = new Map<string, string | null>();
  for await (const page of everyActivity()) {
    for (const activity of page) if (activity.closedAt) teamOfActivity.set(activity._id, activity.teamId);
    await foldAll(page.flatMap(activityFacts));
  }
  for await (const page of everyAttendance())
    await foldAll(
      page.flatMap((record) =>
        teamOfActivity.has(record.activityId) ? attendanceFacts(record, teamOfActivity.get(record.activityId) ?? null) : [],
      ),
    );
  const answersOf = new Map<string, AnswerLike[]>();
  for await (const page of everyAnswer())
    for (const answer of page) answersOf.set(answer.questionId, [...(answersOf.get(answer.questionId) ?? []), answer]);
  for await (const page of everyQuestion())
    await foldAll(page.flatMap((question) => questionFacts(question, answersOf.get(question._id) ?? [])));
  const teamOfNotice = new Map<string, string | null>();
  for await (const page of everyNotice()) {
    const batch: StatFact[] = [];
    for (const notice of page) {
      const teamId = noticeTeamOf(notice.audience);
      teamOfNotice.set(notice._id, teamId);
      const units = Object.entries(notice.audienceTally?.units ?? {}).map(([key, size]) => ({ orgUnitId: orgUnitOfKey(key), size }));
      batch.push(...audienceFacts(notice, units, teamId));
    }
    await foldAll(batch);
  }
  for await (const page of everyReceipt())
    await foldAll(page.flatMap((receipt) => receiptFacts(receipt, teamOfNotice.get(receipt.noticeId) ?? null)));

  const computed = new Map<StatsKind, Map<string, StatsDoc>>(COMPARED.map((kind) => [kind, new Map()]));
  for (const { kind, id, doc } of fold.changed()) if (kind !== 'applied') sumInto(computed.get(kind)!, id, doc);

  let differences = 0;
  let written = 0;
  let removed = 0;
  let merged = 0;
  for (const kind of COMPARED) {
    const stored = new Map<string, StatsDoc>();
    const shards = new Map<string, string[]>();
    for await (const batch of storedStats(kind)) {
      for (const doc of batch) {
        sumInto(stored, doc._id, doc);
        shards.set(logicalIdOf(doc._id), [...(shards.get(logicalIdOf(doc._id)) ?? []), doc._id]);
      }
    }
    const expected = computed.get(kind)!;
    for (const id of new Set([...stored.keys(), ...expected.keys()])) {
      const want = expected.get(id);
      const have = stored.get(id);
      const same = normalise(want ?? {}) === normalise(have ?? {});
      const ids = shards.get(id) ?? [];
      if (same && write && MERGED.includes(kind) && ids.some((old) => old !== storedIdOf(kind, id))) {
        await mergeStatsShards(kind, ids, storedIdOf(kind, id));
        merged += 1;
      }
      if (same) continue;
      differences += 1;
      if (!write) continue;
      for (const old of ids)
        if (old !== storedIdOf(kind, id)) {
          await removeStatsDoc(kind, old);
          removed += 1;
        }
      if (want && normalise(want) !== null) {
        await replaceStatsDoc(kind, storedIdOf(kind, id), want);
        written += 1;
      } else if (ids.includes(storedIdOf(kind, id))) {
        await removeStatsDoc(kind, storedIdOf(kind, id));
        removed += 1;
      }
    }
  }
  // Applied markers: the repair marks applied (or reversed) every fact it counted, so the fact's
  // replay afterwards — a record's next change re-emits its facts — counts nothing a second time.
  const reversedOf = new Map<string, boolean>();
  for await (const batch of storedStats('applied')) for (const doc of batch) reversedOf.set(doc._id, Boolean(doc.reversedBy));
  for (const { kind, id, doc } of fold.changed()) {
    if (kind !== 'applied' || reversedOf.get(id) === Boolean(doc.reversedBy)) continue;
    differences += 1;
    if (!write) continue;
    await replaceStatsDoc('applied', id, doc);
    written += 1;
  }
  return { facts, differences, written, removed, merged, tookMs: Date.now() - started };
};
