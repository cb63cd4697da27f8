import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import {
  attendanceIdOf,
  findAttendance,
  insertAttendance,
  reviveAttendance,
  type AttendanceDocument,
} from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivity, holdsPlace, releasePlace, takePlace, type ActivityDocument } from '../../_lib/activity.repository';
import { toAttendance } from '../activity.view';
import { requireMemberKeys } from '../member-keys';
import { explainSignUpRefusal } from '../sign-up-refusal';

/** A place freed between our refused update and our read is the only reason to try again. */
const PLACE_ATTEMPTS = 3;

/**
 * As a booking takes a seat: the place first, by one conditional update carrying every rule
 * (window, audience, capacity, not yet a holder), then the attendance under its deterministic id.
 * A crash between the two leaves the member holding a place without an attendance; their next tap
 * writes it. A repeat tap never takes a second place: it is refused as a holder and answered with
 * the record. Cost: user read (+ cached org tree), place update, attendance insert.
 */
export const signUp = async ({ params, caller }: ActionInvocation<ActivitiesContract['signUp']>) => {
  const { user, keys } = await requireMemberKeys(caller);
  const now = new Date();

  const attendanceId = attendanceIdOf(params.activityId, caller.openid);
  let activity: ActivityDocument | null = null;
  for (let attempt = 1; !activity; attempt += 1) {
    activity = await takePlace(params.activityId, caller.openid, keys, now);
    if (activity) break;
    const [current, existing, holder] = await Promise.all([
      findActivity(params.activityId),
      findAttendance(attendanceId),
      holdsPlace(params.activityId, caller.openid),
    ]);
    // A member already signed up is answered as such, even when the activity is now full or closed.
    if (existing?.status === 'signed_up') return { attendance: toAttendance(existing) };
    // Holding a place without a live record: a tap of theirs still writing it, or one that crashed after the place.
    if (holder && current) return { attendance: toAttendance(await recordPlace(current, caller.openid, user.name, now)) };
    const refusal = explainSignUpRefusal(current, keys, now);
    if (refusal) throw refusal;
    if (attempt >= PLACE_ATTEMPTS) throw new ActionError('CONFLICT');
  }

  try {
    const record = await recordPlace(activity, caller.openid, user.name, now);
    // A walk-in record (no place of its own) stays as it is; the place just taken goes back.
    if (!record.placeHeld) await givePlaceBack(activity._id, caller.openid);
    return { attendance: toAttendance(record) };
  } catch (error) {
    await givePlaceBack(activity._id, caller.openid);
    throw error;
  }
};

/**
 * Writes (or brings back) the attendance of a place just taken or held. An existing live record
 * is answered as it is: `placeHeld` tells whether it already stands for this member's place
 * (a concurrent tap wrote it) or is a walk-in that holds none.
 */
const recordPlace = async (activity: ActivityDocument, openid: string, name: string, now: Date): Promise<AttendanceDocument> => {
  const record = newAttendance(activity, openid, name, now);
  if (await insertAttendance(record)) return record;
  const revived = await reviveAttendance(record._id, {
    name: record.name,
    signedUpAt: now,
    checkedInAt: null,
    checkinMethod: null,
    startAt: record.startAt,
    activityTitle: record.activityTitle,
    placeHeld: true,
    updatedAt: now,
  });
  if (revived) return revived;
  const existing = await findAttendance(record._id);
  if (!existing) throw new ActionError('CONFLICT');
  return existing;
};

const givePlaceBack = async (activityId: string, openid: string) => {
  try {
    await releasePlace(activityId, openid);
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
  placeHeld: true,
  updatedAt: now,
});
