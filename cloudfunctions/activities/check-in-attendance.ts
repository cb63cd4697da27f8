import type { CheckinMethod } from '@core/activity.types';
import { ActionError } from '../_lib/action-error';
import {
  attendanceIdOf,
  findAttendance,
  insertAttendance,
  markCheckedIn,
  markNullCheckedIn,
  reviveAttendance,
  type AttendanceDocument,
} from '../_lib/attendance.repository';

/** Who is being let in without a sign-up, and into what (for the record's copies). */
export interface Admission {
  name: string;
  startAt: Date;
  activityTitle: string;
}

export interface CheckInResult {
  record: AttendanceDocument;
  repeat: boolean;
}

/**
 * Checks a member in. First and repeat scans are one conditional update on the known id, which
 * answers the record: its check-in time is ours (first) or earlier (repeat). Only when it matches
 * nothing is the record read, to answer a repeat by another way or a concurrent scan, or to say
 * why not. `admit` (walk-ins, an organiser's member-code scan) decides whether someone not signed
 * up may be let in; it is called only on that path, so its reads never slow an ordinary scan.
 */
export const checkInMember = async (options: {
  activityId: string;
  openid: string;
  now: Date;
  method: CheckinMethod;
  admit: (() => Promise<Admission>) | null;
}): Promise<CheckInResult> => {
  const { activityId, openid, now, method } = options;
  const attendanceId = attendanceIdOf(activityId, openid);
  const marked = await markCheckedIn(attendanceId, now, method);
  if (marked?.checkedInAt) return { record: marked, repeat: new Date(marked.checkedInAt).getTime() < now.getTime() };

  const existing = await findAttendance(attendanceId);
  if (existing?.status === 'signed_up' && existing.checkedInAt) return { record: existing, repeat: true };
  if (existing?.activityCancelled) throw new ActionError('ACTIVITY_CANCELLED');
  if (existing?.status === 'signed_up') {
    // `checkedInAt: null` (a record from before sign-up left it out), or revived between our update and our read.
    const again = (await markNullCheckedIn(attendanceId, now, method)) ?? (await markCheckedIn(attendanceId, now, method));
    if (again?.checkedInAt) return { record: again, repeat: new Date(again.checkedInAt).getTime() < now.getTime() };
    return repeatOrConflict(attendanceId);
  }
  if (!options.admit) throw new ActionError('NOT_SIGNED_UP');

  const admission = await options.admit();
  const fields = { ...admission, signedUpAt: null, checkedInAt: now, checkinMethod: method, updatedAt: now };
  if (existing) {
    const revived = await reviveAttendance(attendanceId, fields);
    if (revived) return { record: revived, repeat: false };
  } else {
    const record: AttendanceDocument = {
      _id: attendanceId,
      activityId,
      openid,
      status: 'signed_up',
      ...fields,
      checkedOutAt: null,
      closedBy: null,
      minutes: null,
    };
    if (await insertAttendance(record)) return { record, repeat: false };
  }
  // Someone else's write won the id (a concurrent scan of the same member): theirs is the first record.
  return repeatOrConflict(attendanceId);
};

const repeatOrConflict = async (attendanceId: string): Promise<CheckInResult> => {
  const winner = await findAttendance(attendanceId);
  if (winner?.status === 'signed_up' && winner.checkedInAt) return { record: winner, repeat: true };
  throw new ActionError('CONFLICT');
};
