import type { HoursSource } from '@core/hours.types';
import type { StatFact } from './stat-fact';

/**
 * Every fact a source record's current state implies. The sites that change a record emit all of
 * them (the applied ones are skipped), and the rebuild folds them for every record: one
 * definition of what counts, so the increments and the rebuild cannot drift apart. Each fact's
 * time is a time that never moves (the record's own event time), so re-deriving it later lands
 * in the same day and term. Types here name only the fields read.
 */

const time = (value: Date | string) => new Date(value);

export interface LedgerEntryLike {
  _id: string;
  openid: string;
  source: HoursSource;
  minutes: number;
  verifiedAt: Date | string;
  teamId: string | null;
  title?: string | null;
  reversedAt?: Date | string | null;
}

/** A verified ledger entry: hours, the volunteer active in the term, their own hours by kind. */
export const ledgerFacts = (entry: LedgerEntryLike): StatFact[] => {
  const kindField = entry.source.kind === 'booking' ? 'bookingMinutes' : 'activityMinutes';
  return [
    {
      id: `ledger:${entry._id}`,
      at: time(entry.verifiedAt),
      teamId: entry.teamId,
      unitOf: { openid: entry.openid },
      counts: { verifiedMinutes: entry.minutes, ledgerEntries: 1, [kindField]: entry.minutes },
      active: { openid: entry.openid, delta: 1 },
      members: [{ openid: entry.openid, counts: { [kindField]: entry.minutes, ledgerEntries: 1 } }],
      ...(entry.source.kind === 'activity' ? { activity: { activityId: entry.source.id, title: entry.title ?? null } } : {}),
    },
    // An admin's reversal undoes all of it (the entry stays, marked).
    ...(entry.reversedAt
      ? [
          {
            id: `ledger-reversed:${entry._id}`,
            at: time(entry.verifiedAt),
            teamId: entry.teamId,
            unitOf: { openid: entry.openid },
            reverses: `ledger:${entry._id}`,
          },
        ]
      : []),
  ];
};

export interface BookingLike {
  _id: string;
  teamId: string;
  openid: string;
  status: string;
  startAt: Date | string;
  history: { to: string; at: Date | string }[];
  record: { minutes: { openid: string; minutes: number }[]; closedAt: Date | string; verifiedAt: Date | string | null } | null;
  rating: { score: number; at: Date | string } | null;
}

/** A booking: delivered (person served, each volunteer's service), pending until verified, rated, or a no-show. */
export const bookingFacts = (booking: BookingLike): StatFact[] => {
  const facts: StatFact[] = [];
  const base = { teamId: booking.teamId, unitOf: { openid: booking.openid } };
  const { record } = booking;
  if (record && (booking.status === 'done' || booking.status === 'rated')) {
    const at = time(record.closedAt);
    const volunteers = [...new Set(record.minutes.map((row) => row.openid))];
    facts.push({
      ...base,
      id: `booking:done:${booking._id}`,
      at,
      counts: { services: 1 },
      served: { openid: booking.openid, delta: 1 },
      members: volunteers.map((openid) => ({ openid, counts: { servicesGiven: 1 }, helped: { openid: booking.openid, delta: 1 } })),
    });
    const pendingId = `booking:pending:${booking._id}`;
    const total = record.minutes.reduce((sum, row) => sum + row.minutes, 0);
    facts.push(
      record.verifiedAt
        ? { ...base, id: `booking:verified:${booking._id}`, at, reverses: pendingId }
        : { ...base, id: pendingId, at, counts: { pendingMinutes: total } },
    );
  }
  if (booking.rating && booking.status === 'rated') {
    const score = booking.rating.score;
    facts.push({
      ...base,
      id: `booking:rated:${booking._id}`,
      at: time(booking.rating.at),
      counts: { ratings: 1, ratingSum: score, [`rating${score}`]: 1 },
    });
  }
  if (booking.status === 'no_show') {
    const marked = [...booking.history].reverse().find((entry) => entry.to === 'no_show');
    facts.push({ ...base, id: `booking:noshow:${booking._id}`, at: time(marked?.at ?? booking.startAt), counts: { bookingNoShows: 1 } });
  }
  return facts;
};

export interface AttendanceLike {
  _id: string;
  openid: string;
  status: 'signed_up' | 'cancelled';
  signedUpAt: Date | string | null;
  checkedInAt?: Date | string | null;
}

/** An attendance: a sign-up (undone by its cancellation) and a check-in, of a sign-up or a walk-in. */
export const attendanceFacts = (record: AttendanceLike, teamId: string | null): StatFact[] => {
  const facts: StatFact[] = [];
  const base = { teamId, unitOf: { openid: record.openid } };
  if (record.signedUpAt) {
    const at = time(record.signedUpAt);
    const signUpId = `att:signup:${record._id}:${at.getTime()}`;
    facts.push(
      record.status === 'cancelled'
        ? { ...base, id: `att:cancel:${record._id}:${at.getTime()}`, at, reverses: signUpId }
        : { ...base, id: signUpId, at, counts: { signUps: 1 } },
    );
  }
  if (record.status === 'signed_up' && record.checkedInAt) {
    facts.push({
      ...base,
      id: `att:in:${record._id}`,
      at: time(record.checkedInAt),
      counts: record.signedUpAt ? { attendedSignUps: 1 } : { walkIns: 1 },
    });
  }
  return facts;
};

export interface ActivityLike {
  _id: string;
  teamId: string | null;
  status: string;
  startAt: Date | string;
  closedAt: Date | string | null;
}

/** An activity held: closed after its end, not cancelled. */
export const activityFacts = (activity: ActivityLike): StatFact[] =>
  activity.closedAt && activity.status !== 'cancelled'
    ? [
        {
          id: `activity:held:${activity._id}`,
          at: time(activity.startAt),
          teamId: activity.teamId,
          unitOf: { orgUnitId: null },
          counts: { activitiesHeld: 1 },
        },
      ]
    : [];

export interface QuestionLike {
  _id: string;
  authorOpenid: string;
  createdAt: Date | string;
  acceptedAnswerId: string | null;
  /** Which acceptance this is (bumped by each accept); absent on questions last accepted before it existed. */
  acceptSeq?: number;
}

/** The fact of one acceptance: the same answer accepted again (after a clear) is another fact. */
const acceptFactId = (question: QuestionLike, answerId: string) =>
  `qa:accept:${question._id}:${answerId}${question.acceptSeq ? `:${question.acceptSeq}` : ''}`;

export interface AnswerLike {
  _id: string;
  questionId: string;
  authorOpenid: string;
  createdAt: Date | string;
}

/** A question asked (and accepted, while an answer is accepted), and every answer by someone else. */
/** `authorOrgUnitId`, when the caller already read the author, spares a second read of the users collection. */
export const questionFacts = (question: QuestionLike, answers: readonly AnswerLike[], authorOrgUnitId?: string | null): StatFact[] => {
  const unitOf = authorOrgUnitId === undefined ? { openid: question.authorOpenid } : { orgUnitId: authorOrgUnitId };
  const base = { at: time(question.createdAt), teamId: null, unitOf };
  const facts: StatFact[] = [{ ...base, id: `qa:ask:${question._id}`, counts: { questions: 1 } }];
  if (question.acceptedAnswerId)
    facts.push({ ...base, id: acceptFactId(question, question.acceptedAnswerId), counts: { acceptedQuestions: 1 } });
  for (const answer of answers) {
    if (answer.authorOpenid === question.authorOpenid) continue;
    facts.push({
      ...base,
      id: `qa:answer:${answer._id}`,
      answer: { questionId: question._id, askedAt: time(question.createdAt), answeredAt: time(answer.createdAt) },
    });
  }
  return facts;
};

/** An accepted answer withdrawn (hidden): the accept no longer counts. `question` as cleared (its `acceptSeq` unchanged). */
export const unacceptFact = (question: QuestionLike, answerId: string, at: Date): StatFact => ({
  id: `qa:unaccept:${question._id}:${answerId}:${at.getTime()}`,
  at: time(question.createdAt),
  teamId: null,
  unitOf: { openid: question.authorOpenid },
  reverses: acceptFactId(question, answerId),
});

export interface ReceiptLike {
  _id: string;
  orgUnitId: string | null;
  publishedAt: Date | string;
}

/** A first read of a notice, under the reader's unit, in the notice's publishing day. */
export const receiptFacts = (receipt: ReceiptLike, teamId: string | null): StatFact[] => [
  {
    id: `notice:read:${receipt._id}`,
    at: time(receipt.publishedAt),
    teamId,
    unitOf: { orgUnitId: receipt.orgUnitId },
    counts: { noticeReads: 1 },
  },
];

/** A notice's audience, counted once per unit when it is first tallied. */
export const audienceFacts = (
  notice: { _id: string; publishedAt: Date | string | null },
  units: readonly { orgUnitId: string | null; size: number }[],
  teamId: string | null,
): StatFact[] =>
  notice.publishedAt
    ? units.map(({ orgUnitId, size }) => ({
        id: `notice:audience:${notice._id}:${orgUnitId ?? '-'}`,
        at: time(notice.publishedAt as Date | string),
        teamId,
        unitOf: { orgUnitId },
        counts: { noticeAudience: size },
      }))
    : [];

/** A notice counts under a team when it is addressed to exactly one team. */
export const noticeTeamOf = (audience: { kind: string; teamIds?: readonly string[] }): string | null =>
  audience.kind === 'teams' && audience.teamIds?.length === 1 ? audience.teamIds[0] : null;
