import { ATTENDANCE, type AttendanceDocument } from '../_lib/activities/attendance.document';
import { database } from '../_lib/cloudbase';

const _ = database.command;

/** The emulator's and CloudBase's maximum page. */
export const PAGE = 1000;

/** Checked in, never closed: one page after `afterId` (keyset on `_id`). */
export const openAttendancePage = async (activityId: string, afterId: string): Promise<AttendanceDocument[]> => {
  const { data } = await database
    .collection(ATTENDANCE)
    .where({ activityId, checkedInAt: _.neq(null), closedBy: null, _id: _.gt(afterId) })
    .orderBy('_id', 'asc')
    .limit(PAGE)
    .get();
  return data as AttendanceDocument[];
};

/**
 * Closes one attendance only if still open: of two overlapping ticks (or a tick and a retry) exactly
 * one update matches.
 */
export const closeAttendanceIfOpen = async (attendanceId: string, minutes: number, now: Date): Promise<boolean> => {
  const { updated } = await database
    .collection(ATTENDANCE)
    .where({ _id: attendanceId, closedBy: null, checkedOutAt: null })
    .update({ closedBy: 'auto', minutes, updatedAt: now });
  return (updated ?? 0) > 0;
};

/**
 * Where check-out is required every open record ends the same way (0 minutes, nothing credited),
 * so they close in one conditional multi-document update; answers how many it closed. Records
 * closed meanwhile no longer match, so overlapping ticks never close one twice.
 */
export const closeOpenAttendanceAtZero = async (activityId: string, now: Date): Promise<number> => {
  const { updated } = await database
    .collection(ATTENDANCE)
    .where({ activityId, checkedInAt: _.neq(null), closedBy: null, checkedOutAt: null })
    .update({ closedBy: 'auto', minutes: 0, updatedAt: now });
  return updated ?? 0;
};
