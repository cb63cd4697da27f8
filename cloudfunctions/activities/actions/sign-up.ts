import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActivityDocument } from '../../_lib/activities/activity.document';
import { attendanceIdOf, type AttendanceDocument } from '../../_lib/activities/attendance.document';
import type { ActionInvocation } from '../../_lib/define-function';
import { releasePlace, takePlace } from '../activity.repository';
import { findAttendance, insertAttendance, reviveAttendance } from '../attendance.repository';
import { toAttendance } from '../activity.view';
import { requireMemberKeys } from '../member-keys';
import { explainSignUpRefusal } from '../sign-up-refusal';

/** A place freed between our refused update and our read is the only reason to try again. */
const PLACE_ATTEMPTS = 3;

/**
 * As a booking takes a seat: the place first, by one conditional update carrying every rule
 * (window, audience, capacity), then the attendance under its deterministic id. A crash between
 * the two can only leave a place held without an attendance (repairable), never an attendance
 * beyond capacity. A repeat sign-up gives its extra place back and answers the existing record.
 * Cost: user read (+ cached org tree), place update, attendance insert.
 */
export const signUp = async ({ params, caller }: ActionInvocation<ActivitiesContract['signUp']>) => {
  const { user, keys } = await requireMemberKeys(caller);
  const now = new Date();

  const attendanceId = attendanceIdOf(params.activityId, caller.openid);
  let activity: ActivityDocument | null = null;
  for (let attempt = 1; !activity; attempt += 1) {
    activity = await takePlace(params.activityId, keys, now);
    if (activity) break;
    // A member already signed up is answered as such, even when the activity is now full or closed.
    const [refusal, existing] = await Promise.all([explainSignUpRefusal(params.activityId, keys, now), findAttendance(attendanceId)]);
    if (existing?.status === 'signed_up') return { attendance: toAttendance(existing) };
    if (refusal) throw refusal;
    if (attempt >= PLACE_ATTEMPTS) throw new ActionError('CONFLICT');
  }

  let placeReturned = false;
  try {
    const record = newAttendance(activity, caller.openid, user.name, now);
    if (await insertAttendance(record)) return { attendance: toAttendance(record) };
    const revived = await reviveAttendance(record._id, {
      name: record.name,
      signedUpAt: now,
      checkedInAt: null,
      checkinMethod: null,
      startAt: record.startAt,
      activityTitle: record.activityTitle,
      updatedAt: now,
    });
    if (revived) return { attendance: toAttendance(revived) };
    // Already signed up (a repeat tap, or a walk-in): the place we just took is not theirs to keep.
    placeReturned = true;
    await givePlaceBack(activity._id, caller.openid);
    const existing = await findAttendance(record._id);
    if (!existing) throw new ActionError('CONFLICT');
    return { attendance: toAttendance(existing) };
  } catch (error) {
    if (!placeReturned) await givePlaceBack(activity._id, caller.openid);
    throw error;
  }
};

const givePlaceBack = async (activityId: string, openid: string) => {
  try {
    await releasePlace(activityId);
  } catch (error) {
    // Logged for repair: the activity shows one place fewer than it has until then.
    console.error(`[activities.signUp] place of ${openid} in ${activityId} not released`, error);
  }
};

const newAttendance = (activity: ActivityDocument, openid: string, name: string, now: Date): AttendanceDocument => ({
  _id: attendanceIdOf(activity._id, openid),
  activityId: activity._id,
  openid,
  name,
  status: 'signed_up',
  startAt: new Date(activity.startAt),
  activityTitle: activity.title,
  signedUpAt: now,
  // checkedInAt left out: the check-in's `$min` sets an absent time (a null would stay null).
  checkinMethod: null,
  checkedOutAt: null,
  closedBy: null,
  minutes: null,
  updatedAt: now,
});
