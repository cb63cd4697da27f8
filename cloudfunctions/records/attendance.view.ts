import type { Attendance } from '@core/activity.types';
import type { AttendanceDocument } from '../_lib/attendance.repository';

const iso = (value: Date | null | undefined) => (value ? new Date(value).toISOString() : null);

export const toAttendance = (document: AttendanceDocument): Attendance => ({
  attendanceId: document._id,
  activityId: document.activityId,
  openid: document.openid,
  name: document.name,
  status: document.status,
  signedUpAt: iso(document.signedUpAt),
  checkedInAt: iso(document.checkedInAt),
  checkinMethod: document.checkinMethod,
  checkedOutAt: iso(document.checkedOutAt),
  closedBy: document.closedBy,
  minutes: document.minutes,
});
