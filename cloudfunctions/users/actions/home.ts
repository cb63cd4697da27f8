import { ACTIVE_STATUSES, type BookingStatus } from '@core/booking-status';
import { HOME_ACTIVITIES, HOME_LIST_CAP, type HomeFeed } from '@core/home.contract';
import type { UsersContract } from '@core/users.contract';
import { addDays, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { findActivitiesByIds } from '../../_lib/activity.repository';
import { soonestSignUpsOf } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { unreadMessagesOfKind } from '../../_lib/notify/message.repository';
import { teamsLedBy } from '../../_lib/team-leadership';
import { roleFactsOf } from '../../_lib/user.repository';
import { soonestBookingsOf, teamBookingsStarting, type BookingDocument } from '../../bookings/booking.repository';
import { loadMemberAudience } from '../../notices/member-audience';
import { countUnreadNotices } from '../../notices/unread-notices';
import { oldestPendingCorrections } from '../../records/correction.repository';
import { pageApplications } from '../application.repository';
import { checkinClosesAt, toHomeActivity, toHomeBooking, toHomeList, toHomeMessage } from '../home.view';

const HOUR = 3_600_000;
/** A booking or activity that started this long ago may still be going on (in service, checking out). */
const STILL_RUNNING_HOURS = 24;
/** Candidates read for "my next booking / activity": enough to skip a few that are already over. */
const SOONEST_READ = 5;
const CAPPED = HOME_LIST_CAP + 1;

const bySoonest = (a: BookingDocument, b: BookingDocument) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime();

/** Today's assigned jobs and the upcoming unassigned bookings of the teams the caller leads: one capped read per team and status. */
const leaderCards = async (teamIds: string[], now: Date) => {
  const today = shanghaiDay(now);
  const todayRange = { from: shanghaiInstant(today), to: shanghaiInstant(addDays(today, 1)) };
  const read = (statuses: BookingStatus[], range: { from: Date; to?: Date }) =>
    Promise.all(teamIds.flatMap((teamId) => statuses.map((status) => teamBookingsStarting(teamId, status, range, CAPPED)))).then(
      (lists) => ({ rows: lists.flat().sort(bySoonest), more: lists.some((list) => list.length > HOME_LIST_CAP) }),
    );
  const [todayJobs, unassigned] = await Promise.all([read(['confirmed', 'in_service'], todayRange), read(['submitted'], { from: now })]);
  return {
    todayJobs: toHomeList(todayJobs.rows, toHomeBooking, todayJobs.more),
    unassigned: toHomeList(unassigned.rows, toHomeBooking, unassigned.more),
  };
};

const adminCards = async () => {
  const [applications, corrections] = await Promise.all([pageApplications('pending', HOME_LIST_CAP), oldestPendingCorrections(CAPPED)]);
  return {
    applications: toHomeList(
      applications.items,
      (application) => ({
        applicationId: application._id,
        name: application.name,
        createdAt: new Date(application.createdAt).toISOString(),
      }),
      applications.nextCursor !== null,
    ),
    corrections: toHomeList(corrections, (correction) => ({
      correctionId: correction._id,
      activityId: correction.activityId,
      activityTitle: correction.activityTitle,
      name: correction.name,
      createdAt: new Date(correction.createdAt).toISOString(),
    })),
  };
};

/**
 * 首页 in two database round trips, each a batch of indexed, limited reads sent together: first
 * the caller (user + cached org tree) with everything keyed by the caller's openid alone (next
 * bookings, next sign-ups, unread answers); then what needs the first batch (the notice counts
 * need the audience keys, leader and admin cards the roles, the sign-ups their activities).
 * Every read stops at its limit or a bounded window, so the cost does not grow with the data.
 */
export const home = async ({ caller }: ActionInvocation<UsersContract['home']>): Promise<HomeFeed> => {
  const now = new Date();
  const recent = new Date(now.getTime() - STILL_RUNNING_HOURS * HOUR);
  const [member, bookings, signUps, answers] = await Promise.all([
    loadMemberAudience(caller),
    soonestBookingsOf(caller.openid, ACTIVE_STATUSES, recent, SOONEST_READ),
    soonestSignUpsOf(caller.openid, recent, SOONEST_READ),
    unreadMessagesOfKind(caller.openid, 'answerReceived', CAPPED),
  ]);
  const ledTeams = teamsLedBy(member.user);
  const [unreadNotices, activities, leader, admin] = await Promise.all([
    countUnreadNotices(caller.openid, member),
    findActivitiesByIds(signUps.map((signUp) => signUp.activityId)),
    ledTeams.length > 0 ? leaderCards(ledTeams, now) : null,
    member.isAdmin ? adminCards() : null,
  ]);

  const nextBooking = bookings.find((booking) => booking.status === 'in_service' || new Date(booking.endAt) > now) ?? null;
  const nextActivities = signUps
    .flatMap((signUp) => {
      const activity = activities.get(signUp.activityId);
      const ahead = activity && activity.status !== 'closed' && checkinClosesAt(activity) > now.getTime();
      return ahead ? [toHomeActivity(activity, signUp, now)] : [];
    })
    .slice(0, HOME_ACTIVITIES);
  return {
    name: member.user?.name ?? '',
    roles: member.roles,
    membershipStatus: roleFactsOf(member.user)?.membershipStatus ?? 'none',
    nextBooking: nextBooking ? toHomeBooking(nextBooking) : null,
    nextActivities,
    unreadNotices,
    answers: toHomeList(answers, toHomeMessage),
    leader,
    admin,
  };
};
