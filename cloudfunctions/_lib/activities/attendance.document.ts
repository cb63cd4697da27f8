import type { CheckinMethod, CloseMethod } from '@core/activity.types';
import { database } from '../cloudbase';

/**
 * The `attendance` collection: one document per (activity, member), `_id` =
 * `${activityId}:${openid}`. Sign-up creates it, so a check-in is one conditional update on a
 * known id (`checkedInAt` absent → now, by `$min`, which also answers a repeat scan in that one
 * request) and a second scan can never make a second record.
 * Walk-ins and manual additions create it at check-in instead, under the same id.
 */
export interface AttendanceDocument {
  _id: string;
  activityId: string;
  openid: string;
  name: string;
  /** `cancelled` keeps the document (and its id) for a later sign-up again. */
  status: 'signed_up' | 'cancelled';
  /** Copied from the activity so "mine" lists sort without a join. */
  startAt: Date;
  activityTitle: string;
  signedUpAt: Date | null;
  /**
   * Absent until check-in (sign-up leaves it out: `$min` would keep a null, which sorts below any
   * time); null in records written before. Both match `{checkedInAt: null}`, neither `_.neq(null)`.
   */
  checkedInAt?: Date | null;
  checkinMethod: CheckinMethod | null;
  checkedOutAt: Date | null;
  closedBy: CloseMethod | null;
  minutes: number | null;
  /**
   * True when a sign-up holds a place for this record (the member is in the activity's `holders`);
   * walk-ins and manual additions hold none. Tells a repeat sign-up whose attendance another tap
   * already wrote for the same place to keep that place rather than give it back.
   */
  placeHeld?: boolean;
  updatedAt: Date;
}

export const ATTENDANCE = 'attendance';
export const attendance = () => database.collection(ATTENDANCE);

export const attendanceIdOf = (activityId: string, openid: string): string => `${activityId}:${openid}`;
