import { addDays } from '@core/shanghai-time';
import { creditHours, creditInTransaction, reverseLedgerEntry } from '../../cloudfunctions/_lib/hours/hours-ledger.repository';
import {
  audienceFacts,
  bookingFacts,
  noticeTeamOf,
  questionFacts,
  receiptFacts,
  unacceptFact,
  type AnswerLike,
  type BookingLike,
  type QuestionLike,
} from '../../cloudfunctions/_lib/stats/stat-facts-of';
import type { StatFact } from '../../cloudfunctions/_lib/stats/stat-fact';
import { recordStatFacts } from '../../cloudfunctions/_lib/stats/stats.repository';
import { inTransaction } from '../../cloudfunctions/_lib/transaction.repository';
import { unitKeyOf } from '../../cloudfunctions/notices/receipt-tally';
import { db } from './bookings-fixtures';

/**
 * A seeded random history for the stats rollups (issue 17): ledger credits (some replayed, some
 * reversed, corrections credited in a transaction — and some rolled back), bookings done / rated /
 * verified / no-show, questions with answers (out of order, self-answers), accepts, withdrawn
 * accepts and the same answer accepted again, notices with audiences and first reads. Each event writes its source record with the
 * SDK and counts its facts through the sites' entry points (creditHours, reverseLedgerEntry,
 * creditInTransaction, and the sites' count of the stat-facts-of builders), replaying some emissions, a
 * few of them concurrently.
 */

/** What a site's `pendingFacts(…).count` does once its change is made (the note is not the subject here). */
const countFacts = async (_where: string, facts: readonly StatFact[]) => {
  await recordStatFacts(facts);
};

/** mulberry32: a small seeded PRNG. */
export const prng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
};
type Rng = ReturnType<typeof prng>;

export const UNITS = ['ou-class-qx2301', 'ou-class-qx2201', 'ou-class-rj2301', 'ou-class-jy2302', 'ou-class-sm223', 'ou-college-auto-info'];
const TEAMS = ['team-car-care', 'team-computer-clinic', null] as const;
export const HISTORY_TERMS = [
  { name: '随机2034春', startDay: '2034-02-20', endDay: '2034-07-10' },
  { name: '随机2034秋', startDay: '2034-09-01', endDay: '2035-01-20' },
  { name: '随机2035春', startDay: '2035-02-20', endDay: '2035-07-10' },
];
const FIRST_DAY = '2034-02-01';
const DAYS = 540; // to 2035-07-26: term gaps included (facts outside every term)

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const idOf = (rng: Rng, prefix: string, length: number) => {
  let id = prefix;
  for (let i = 0; i < length; i += 1) id += ALNUM[rng.int(ALNUM.length)];
  return id;
};

export const putHistoryMembers = async (count: number): Promise<string[]> => {
  const members = Array.from({ length: count }, (_, i) => `rh-m${String(i).padStart(3, '0')}`);
  for (const [i, openid] of members.entries())
    await db()
      .collection('users')
      .doc(openid)
      .set({
        name: `随机${i}`,
        membershipStatus: 'approved',
        memberKind: i % 5 === 0 ? 'teacher' : 'student',
        memberNo: null,
        phone: null,
        orgUnitId: UNITS[i % UNITS.length],
        teamRoles: [],
        latestApplicationId: null,
        admin: false,
        createdAt: new Date(),
        lastLoginAt: new Date(),
      });
  return members;
};

interface Entry {
  id: string;
  source: { kind: 'activity' | 'booking'; id: string };
  openid: string;
}

/**
 * Runs `events` random events, `concurrency` at a time (each wave starts from the same state; an
 * event's own choices come from its own PRNG, seeded by `seed` and its index); answers how many of
 * each kind ran.
 */
export const runRandomHistory = async (seed: number, events: number, members: readonly string[], concurrency = 1) => {
  const counts: Record<string, number> = {};
  const entries: Entry[] = [];
  const reversed = new Set<string>();
  const bookings: (BookingLike & { booked: true })[] = [];
  const questions: (QuestionLike & { answers: AnswerLike[]; withdrawn: Set<string> })[] = [];
  const notices: { _id: string; teamId: string | null; publishedAt: Date; readers: Set<string> }[] = [];
  const eventKinds = (rng: Rng) => {
    const at = () => new Date(new Date(`${addDays(FIRST_DAY, rng.int(DAYS))}T00:00:00+08:00`).getTime() + rng.int(86_400_000));
    const later = (from: Date, maxMinutes: number) => new Date(from.getTime() + (1 + rng.int(maxMinutes)) * 60_000);
    const twice = async (emit: () => Promise<unknown>) => {
      // A replayed emission, sometimes racing the first one: counts once.
      if (rng.chance(0.1)) await Promise.all([emit(), emit()]);
      else {
        await emit();
        if (rng.chance(0.1)) await emit();
      }
    };
    const verification = (teamId: string | null, verifiedAt: Date) => ({ verifiedBy: 'dev-admin', verifiedAt, teamId, title: '随机' });

    const kinds: [string, number, () => Promise<void>][] = [
      [
        'credit',
        30,
        async () => {
          const source = { kind: 'activity' as const, id: idOf(rng, 'act_rh', 18) };
          const volunteers = [...new Set(Array.from({ length: 1 + rng.int(3) }, () => rng.pick(members)))];
          const verifiedAt = at();
          await creditHours(
            source,
            volunteers.map((openid) => ({ openid, minutes: 15 * (1 + rng.int(16)) })),
            verification(rng.pick(TEAMS), verifiedAt),
          );
          for (const openid of volunteers) entries.push({ id: `activity:${source.id}:${openid}`, source, openid });
        },
      ],
      [
        'replayCredit',
        6,
        async () => {
          if (entries.length === 0) return;
          const entry = rng.pick(entries);
          // A retried credit (another team, another time: the stored entry wins) counts nothing new.
          await creditHours(entry.source, [{ openid: entry.openid, minutes: 999 }], verification(rng.pick(TEAMS), at()));
        },
      ],
      [
        'reverse',
        8,
        async () => {
          if (entries.length === 0) return;
          const entry = rng.pick(entries);
          const reversal = () => reverseLedgerEntry(entry.id, 'dev-admin', '随机撤销', new Date());
          if (rng.chance(0.2)) await Promise.all([reversal(), reversal()]);
          else await reversal();
          reversed.add(entry.id);
        },
      ],
      [
        'correction',
        6,
        async () => {
          const source = { kind: 'activity' as const, id: idOf(rng, 'act_rc', 18) };
          const openid = rng.pick(members);
          const rolledBack = rng.chance(0.25);
          try {
            await inTransaction(async (tx) => {
              await creditInTransaction(tx, source, { openid, minutes: 30 * (1 + rng.int(6)) }, verification(rng.pick(TEAMS), at()));
              // A decision that fails after crediting: the entry and its counters roll back together.
              if (rolledBack) throw new Error('rolled back');
            });
            entries.push({ id: `activity:${source.id}:${openid}`, source, openid });
          } catch (error) {
            if (!rolledBack) throw error;
          }
        },
      ],
      [
        'bookingDone',
        12,
        async () => {
          const booker = rng.pick(members);
          const volunteers = [...new Set([rng.pick(members), rng.pick(members)])].filter((openid) => openid !== booker);
          if (volunteers.length === 0) return;
          const closedAt = at();
          const booking = {
            _id: `${idOf(rng, 'slot_rh', 16)}:${booker}`,
            booked: true as const,
            teamId: rng.pick(['team-car-care', 'team-computer-clinic']),
            openid: booker,
            status: 'done',
            startAt: new Date(closedAt.getTime() - 3_600_000),
            history: [{ to: 'done', at: closedAt }],
            record: { minutes: volunteers.map((openid) => ({ openid, minutes: 15 * (1 + rng.int(4)) })), closedAt, verifiedAt: null },
            rating: null,
          };
          const { _id, booked: _b, ...body } = booking;
          await db().collection('bookings').doc(_id).set(body);
          bookings.push(booking);
          await twice(() => countFacts('bookings.close', bookingFacts(booking)));
        },
      ],
      [
        'bookingRated',
        8,
        async () => {
          const booking = bookings.find((one) => one.status === 'done' && rng.chance(0.3));
          if (!booking) return;
          booking.status = 'rated';
          booking.rating = { score: 1 + rng.int(5), at: later(new Date(booking.record!.closedAt), 20_000) };
          await db().collection('bookings').doc(booking._id).update({ status: 'rated', rating: booking.rating });
          await twice(() => countFacts('bookings.rate', bookingFacts(booking)));
        },
      ],
      [
        'bookingVerified',
        8,
        async () => {
          const booking = bookings.find((one) => one.record && !one.record.verifiedAt && one.status !== 'no_show' && rng.chance(0.3));
          if (!booking?.record) return;
          const verifiedAt = later(new Date(booking.record.closedAt), 5000);
          // confirmRecord: the ledger credits first, then the record is marked verified and its facts counted.
          const source = { kind: 'booking' as const, id: booking._id };
          await creditHours(source, booking.record.minutes, verification(booking.teamId, verifiedAt));
          for (const { openid } of booking.record.minutes) entries.push({ id: `booking:${booking._id}:${openid}`, source, openid });
          booking.record = { ...booking.record, verifiedAt };
          await db().collection('bookings').doc(booking._id).update({ 'record.verifiedAt': verifiedAt });
          await twice(() => countFacts('bookings.confirmRecord', bookingFacts(booking)));
        },
      ],
      [
        'noShow',
        5,
        async () => {
          const booker = rng.pick(members);
          const markedAt = at();
          const booking = {
            _id: `${idOf(rng, 'slot_rn', 16)}:${booker}`,
            booked: true as const,
            teamId: rng.pick(['team-car-care', 'team-computer-clinic']),
            openid: booker,
            status: 'no_show',
            startAt: new Date(markedAt.getTime() - 600_000),
            history: [
              { to: 'confirmed', at: new Date(markedAt.getTime() - 86_400_000) },
              { to: 'no_show', at: markedAt },
            ],
            record: null,
            rating: null,
          };
          const { _id, booked: _b, ...body } = booking;
          await db().collection('bookings').doc(_id).set(body);
          bookings.push(booking);
          await twice(() => countFacts('bookings.markNoShow', bookingFacts(booking)));
        },
      ],
      [
        'ask',
        8,
        async () => {
          const question = {
            _id: idOf(rng, 'q_', 20),
            authorOpenid: rng.pick(members),
            createdAt: at(),
            acceptedAnswerId: null as string | null,
            answers: [] as AnswerLike[],
            withdrawn: new Set<string>(),
          };
          const { _id, answers: _a, withdrawn: _w, ...body } = question;
          await db()
            .collection('qa_questions')
            .doc(_id)
            .set({ ...body, visibility: 'visible' });
          questions.push(question);
          await twice(() => countFacts('qa.ask', questionFacts(question, [])));
        },
      ],
      [
        'answer',
        14,
        async () => {
          if (questions.length === 0) return;
          const question = rng.pick(questions);
          // Answer times spread over the histogram (minutes to days), not in creation order.
          const answer = {
            _id: idOf(rng, 'a_', 20),
            questionId: question._id,
            authorOpenid: rng.chance(0.15) ? question.authorOpenid : rng.pick(members),
            createdAt: later(new Date(question.createdAt), rng.pick([20, 200, 2000, 20_000])),
          };
          const { _id, ...body } = answer;
          await db()
            .collection('qa_answers')
            .doc(_id)
            .set({ ...body, visibility: 'visible' });
          question.answers.push(answer);
          await twice(() => countFacts('qa.answer', questionFacts(question, [answer])));
        },
      ],
      [
        'accept',
        5,
        async () => {
          // Sometimes a withdrawn answer is restored and the same answer accepted again: another acceptance.
          const again = rng.chance(0.4);
          const candidates = questions.filter(
            (one) => !one.acceptedAnswerId && (again ? one.withdrawn.size > 0 : one.answers.some((a) => !one.withdrawn.has(a._id))),
          );
          if (candidates.length === 0) return;
          const question = rng.pick(candidates);
          const answerId = again ? [...question.withdrawn][0] : question.answers.find((a) => !question.withdrawn.has(a._id))!._id;
          question.withdrawn.delete(answerId);
          question.acceptedAnswerId = answerId;
          question.acceptSeq = (question.acceptSeq ?? 0) + 1;
          await db().collection('qa_questions').doc(question._id).update({ acceptedAnswerId: answerId, acceptSeq: question.acceptSeq });
          const accepted = { ...question };
          await twice(() => countFacts('qa.accept', questionFacts(accepted, [])));
        },
      ],
      [
        'withdrawAccepted',
        2,
        async () => {
          const question = questions.find((one) => one.acceptedAnswerId && rng.chance(0.3));
          if (!question?.acceptedAnswerId) return;
          const answerId = question.acceptedAnswerId;
          question.withdrawn.add(answerId);
          question.acceptedAnswerId = null;
          await db().collection('qa_questions').doc(question._id).update({ acceptedAnswerId: null });
          await countFacts('qa.withdrawAnswer', [unacceptFact(question, answerId, new Date())]);
        },
      ],
      [
        'notice',
        3,
        async () => {
          const teamId = rng.pick(TEAMS);
          const audience = teamId ? { kind: 'teams', teamIds: [teamId] } : { kind: 'all' };
          const sizes = UNITS.map((orgUnitId) => ({ orgUnitId, size: 1 + rng.int(40) }));
          const notice = { _id: idOf(rng, 'n_', 20), teamId: noticeTeamOf(audience), publishedAt: at(), readers: new Set<string>() };
          await db()
            .collection('notices')
            .doc(notice._id)
            .set({
              audience,
              publishedAt: notice.publishedAt,
              status: 'published',
              audienceTally: {
                size: 0,
                units: Object.fromEntries(sizes.map(({ orgUnitId, size }) => [unitKeyOf(orgUnitId), size])),
                countedAt: new Date(),
              },
            });
          notices.push(notice);
          await twice(() => countFacts('notices.audience', audienceFacts(notice, sizes, notice.teamId)));
        },
      ],
      [
        'read',
        12,
        async () => {
          if (notices.length === 0) return;
          const notice = rng.pick(notices);
          const reader = rng.pick(members);
          if (notice.readers.has(reader)) return;
          notice.readers.add(reader);
          const receipt = {
            _id: `${notice._id}:${reader}`,
            noticeId: notice._id,
            openid: reader,
            orgUnitId: UNITS[members.indexOf(reader) % UNITS.length],
            publishedAt: notice.publishedAt,
          };
          const { _id, ...body } = receipt;
          await db().collection('notice_receipts').doc(_id).set(body);
          await twice(() => countFacts('notices.read', receiptFacts(receipt, notice.teamId)));
        },
      ],
    ];
    return kinds;
  };
  const runEvent = async (i: number) => {
    const rng = prng(seed * 7919 + i);
    const kinds = eventKinds(rng);
    let roll = rng.int(kinds.reduce((sum, [, w]) => sum + w, 0));
    const [name, , run] = kinds.find(([, w]) => (roll -= w) < 0)!;
    counts[name] = (counts[name] ?? 0) + 1;
    await run();
  };
  for (let wave = 0; wave < events; wave += concurrency)
    await Promise.all(Array.from({ length: Math.min(concurrency, events - wave) }, (_, k) => runEvent(wave + k)));
  return { counts, entries: entries.length, reversed: reversed.size, bookings: bookings.length, questions: questions.length };
};
