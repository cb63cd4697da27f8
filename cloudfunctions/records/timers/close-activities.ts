import { closesAt } from '@core/attendance-close';
import { creditedMinutes } from '@core/hours-rounding';
import { markActivityClosed, unclosedActivitiesEndedBy, type ActivityDocument } from '../../_lib/activity.repository';
import {
  attendanceOfActivity,
  closeAttendanceIfOpen,
  closeOpenAttendanceAtZero,
  openAttendanceOf,
  type AttendanceDocument,
} from '../../_lib/attendance.repository';
import type { TimerTick } from '../../_lib/define-function';
import { creditHours } from '../../_lib/hours/hours-ledger.repository';
import { pendingFacts, type PendingCount } from '../../_lib/stats/count-facts';
import { activityFacts, attendanceFacts } from '../../_lib/stats/stat-facts-of';

/** Activities one tick closes; a busier moment is finished by the next tick (every 5 minutes). */
const ACTIVITIES_PER_TICK = 20;
/** Attendance closed at once within a page: enough to be quick, few enough not to swamp the database. */
const PARALLEL = 20;
/** Attendance facts counted in one stats transaction. */
const FACTS_PER_COUNT = 100;

interface CloseCounts {
  activities: number;
  closed: number;
  credited: number;
}

/**
 * No check-out asked: the student is credited from check-in to the end by the activity's rule.
 * A slice of records is credited at once (the ledger first — its ids are deterministic, so a
 * re-run never counts twice — with the stats facts in one transaction), then each is closed
 * conditionally, so a crash in between is finished by the next tick.
 */
const closeSlice = async (activity: ActivityDocument, records: AttendanceDocument[], now: Date, counts: CloseCounts) => {
  const endAt = new Date(activity.endAt);
  const minutesOf = new Map(
    records.flatMap((record) =>
      record.checkedInAt
        ? [
            [
              record._id,
              creditedMinutes(
                activity.hoursRule,
                { from: new Date(record.checkedInAt), to: endAt },
                { startAt: new Date(activity.startAt), endAt },
              ),
            ] as const,
          ]
        : [],
    ),
  );
  const credits = records.flatMap((record) => {
    const minutes = minutesOf.get(record._id) ?? 0;
    return minutes > 0 ? [{ openid: record.openid, minutes }] : [];
  });
  if (credits.length > 0) {
    counts.credited += await creditHours({ kind: 'activity', id: activity._id }, credits, {
      verifiedBy: activity.organiserOpenid,
      // As of the end, not the tick: an activity ending late on a term's last day counts in that term.
      verifiedAt: endAt,
      teamId: activity.teamId,
      title: activity.title,
    });
  }
  const closed = await Promise.all(
    records.map((record) => (minutesOf.has(record._id) ? closeAttendanceIfOpen(record._id, minutesOf.get(record._id) ?? 0, now) : false)),
  );
  counts.closed += closed.filter(Boolean).length;
};

const closeCreditedAttendance = async (activity: ActivityDocument, now: Date, counts: CloseCounts) => {
  for await (const page of openAttendanceOf(activity._id)) {
    for (let i = 0; i < page.length; i += PARALLEL) await closeSlice(activity, page.slice(i, i + PARALLEL), now, counts);
  }
};

/**
 * Check-out required: every missed check-out ends the same way (AUTO_CLOSE_RULE: 0 hours, a
 * correction may follow), so one conditional multi-document update closes them all; repeated until
 * nothing matches in case the platform caps one update.
 */
const closeAtZero = async (activity: ActivityDocument, now: Date, counts: CloseCounts) => {
  for (;;) {
    const closed = await closeOpenAttendanceAtZero(activity._id, now);
    if (closed === 0) return;
    counts.closed += closed;
  }
};

const closeActivity = async (activity: ActivityDocument, now: Date, counts: CloseCounts) => {
  // A cancelled activity credits nobody; it is only marked so ticks stop reading it.
  if (activity.status !== 'cancelled') {
    if (activity.checkoutRequired) await closeAtZero(activity, now, counts);
    else await closeCreditedAttendance(activity, now, counts);
  }
  // A closed activity is not read again by the next tick: the note outlives a crash before its count.
  const pending = await pendingFacts({ kind: 'activity', id: activity._id });
  // Only after every open record is closed: a crash before this leaves the activity for the next tick.
  await markActivityClosed(activity._id, now);
  counts.activities += 1;
  await countSettledActivity({ ...activity, closedAt: now }, pending);
};

/**
 * A closed activity's numbers: held (unless cancelled), and its sign-ups and check-ins, counted
 * here once it is settled rather than on every tap (a check-in stays one update). A re-run tick
 * counts nothing twice (fact ids).
 */
const countSettledActivity = (activity: ActivityDocument, pending: PendingCount) =>
  pending.countBatches('records.closeActivities', settledActivityFacts(activity));

async function* settledActivityFacts(activity: ActivityDocument) {
  yield activityFacts(activity);
  for await (const page of attendanceOfActivity(activity._id))
    for (let i = 0; i < page.length; i += FACTS_PER_COUNT)
      yield page.slice(i, i + FACTS_PER_COUNT).flatMap((record) => attendanceFacts(record, activity.teamId));
}

/**
 * Timer job (every 5 minutes): closes the attendance of activities whose end plus late margin has
 * passed. Every close is conditional and every credit idempotent, so overlapping or repeated ticks
 * settle each record once; whatever a crashed tick left open the next one finds still open.
 */
export const closeActivities = async ({ time }: TimerTick) => {
  const counts: CloseCounts = { activities: 0, closed: 0, credited: 0 };
  // Read a wider window than one tick closes: activities still inside their late margin are skipped here.
  const due = (await unclosedActivitiesEndedBy(time, ACTIVITIES_PER_TICK * 5))
    .filter((activity) => closesAt({ endAt: new Date(activity.endAt), lateMinutes: activity.lateMinutes }) <= time)
    .slice(0, ACTIVITIES_PER_TICK);
  for (const activity of due) await closeActivity(activity, time, counts);
  return counts;
};
