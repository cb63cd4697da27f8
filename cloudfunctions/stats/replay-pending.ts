import { findActivity } from '../_lib/activity.repository';
import { attendanceOfActivity } from '../_lib/attendance.repository';
import { entriesByIds, findLedgerEntry, hoursEntryId } from '../_lib/hours/hours-ledger.repository';
import type { StatFact } from '../_lib/stats/stat-fact';
import {
  activityFacts,
  attendanceFacts,
  audienceFacts,
  bookingFacts,
  ledgerFacts,
  noticeTeamOf,
  questionFacts,
  receiptFacts,
  unacceptFact,
  type AnswerLike,
} from '../_lib/stats/stat-facts-of';
import { pendingNotesBefore, removePendingNotes, type PendingNote } from '../_lib/stats/stats-pending.repository';
import { recordStatFacts } from '../_lib/stats/stats.repository';
import { findBooking } from '../bookings/booking.repository';
import { findNotice } from '../notices/notice.repository';
import { orgUnitOfKey } from '../notices/receipt-tally';
import { findReceipts } from '../notices/receipt.repository';
import { everyAnswerOf } from '../qa/answer.repository';
import { findQuestion } from '../qa/question.repository';

/** Older than every counting call can run (function timeouts are at most 60 s): its change is done or dead. */
export const PENDING_AGE_MS = 2 * 60_000;
const NOTES_PER_BATCH = 200;
const BATCHES_PER_TICK = 20;

/**
 * The facts a record's current state implies, read as the rebuild reads it (rebuild-stats.ts):
 * the same builders over the same documents, so a replayed count is one the rebuild agrees with.
 * Yields in batches of one transaction each.
 */
async function* factsOf(kind: PendingNote['kind'], id: string, withdrawn: readonly PendingNote[]): AsyncGenerator<StatFact[]> {
  switch (kind) {
    case 'booking': {
      const booking = await findBooking(id);
      if (!booking) return;
      // confirmRecord's ledger credits too (their ids are the booking's and each volunteer's).
      const openids = [...new Set((booking.record?.minutes ?? []).map((row) => row.openid))];
      const entries = openids.length > 0 ? await entriesByIds(openids.map((openid) => hoursEntryId({ kind: 'booking', id }, openid))) : [];
      yield [...bookingFacts(booking), ...entries.flatMap(ledgerFacts)];
      return;
    }
    case 'ledger': {
      const entry = await findLedgerEntry(id);
      if (entry) yield ledgerFacts(entry);
      return;
    }
    case 'activity': {
      const activity = await findActivity(id);
      if (!activity) return;
      yield activityFacts(activity);
      // Attendance counts once its activity is settled, as the closing timer counts it.
      if (!activity.closedAt) return;
      for await (const page of attendanceOfActivity(id)) {
        const entries = await entriesByIds(page.map((record) => hoursEntryId({ kind: 'activity', id }, record.openid)));
        yield [...page.flatMap((record) => attendanceFacts(record, activity.teamId)), ...entries.flatMap(ledgerFacts)];
      }
      return;
    }
    case 'question': {
      const question = await findQuestion(id);
      if (!question) return;
      const answers: AnswerLike[] = [];
      for await (const page of everyAnswerOf(id)) answers.push(...page);
      yield [
        ...questionFacts(question, answers),
        // A withdrawn accept, unless that very acceptance still stands (the note's time is the fact's, as the site built it).
        ...withdrawn
          .filter((note) => question.acceptedAnswerId !== note.withdrawnAnswerId || (question.acceptSeq ?? 0) !== note.withdrawnAcceptSeq)
          .map((note) => unacceptFact({ ...question, acceptSeq: note.withdrawnAcceptSeq }, note.withdrawnAnswerId as string, note.at)),
      ];
      return;
    }
    case 'receipt': {
      const receipt = (await findReceipts([id])).get(id);
      if (!receipt) return;
      const notice = await findNotice(receipt.noticeId);
      yield receiptFacts(receipt, notice ? noticeTeamOf(notice.audience) : null);
      return;
    }
    case 'notice': {
      const notice = await findNotice(id);
      if (!notice) return;
      const units = Object.entries(notice.audienceTally?.units ?? {}).map(([key, size]) => ({ orgUnitId: orgUnitOfKey(key), size }));
      yield audienceFacts(notice, units, noticeTeamOf(notice.audience));
      return;
    }
  }
}

export interface ReplayReport {
  notes: number;
  records: number;
  failed: number;
}

/**
 * Counts what changes left pending (stats_pending notes older than PENDING_AGE_MS at `now`): each
 * noted record once, from its current state, then removes its notes. Counting is idempotent by
 * fact id, so a record whose facts did count is recounted harmlessly. A record that fails keeps
 * its notes for the next tick.
 */
export const replayPending = async (now: Date): Promise<ReplayReport> => {
  const report: ReplayReport = { notes: 0, records: 0, failed: 0 };
  const before = new Date(now.getTime() - PENDING_AGE_MS);
  const failed = new Set<string>();
  for (let batch = 0; batch < BATCHES_PER_TICK; batch++) {
    const notes = (await pendingNotesBefore(before, NOTES_PER_BATCH + failed.size)).filter((note) => !failed.has(note._id));
    if (notes.length === 0) break;
    const byRecord = new Map<string, PendingNote[]>();
    for (const note of notes) byRecord.set(`${note.kind}|${note.id}`, [...(byRecord.get(`${note.kind}|${note.id}`) ?? []), note]);
    for (const group of byRecord.values()) {
      const { kind, id } = group[0];
      try {
        for await (const facts of factsOf(
          kind,
          id,
          group.filter((note) => note.withdrawnAnswerId),
        ))
          await recordStatFacts(facts);
        await removePendingNotes(group.map((note) => note._id));
        report.records += 1;
        report.notes += group.length;
      } catch (error) {
        console.error(`[stats] replayPending: ${kind} ${id} not counted (the next tick tries again)`, error);
        for (const note of group) failed.add(note._id);
        report.failed += 1;
      }
    }
    if (notes.length < NOTES_PER_BATCH) break;
  }
  return report;
};
