import type { Activity, Attendance } from '@core/activity.types';
import type { ActivityDocument } from '../_lib/activity.repository';
import type { AttendanceDocument } from '../_lib/attendance.repository';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null);

export const toActivity = (activity: ActivityDocument, coverUrl: string | null = null): Activity => ({
  activityId: activity._id,
  title: activity.title,
  description: activity.description,
  coverFileId: activity.coverFileId,
  coverUrl,
  place: activity.place,
  circle: activity.circle,
  startAt: iso(activity.startAt),
  endAt: iso(activity.endAt),
  signUpOpensAt: iso(activity.signUpOpensAt),
  signUpClosesAt: iso(activity.signUpClosesAt),
  capacity: activity.capacity,
  signedUpCount: activity.signedUpCount,
  audience: activity.audience,
  hoursRule: activity.hoursRule,
  checkoutRequired: activity.checkoutRequired,
  allowWalkIn: activity.allowWalkIn,
  earlyMinutes: activity.earlyMinutes,
  lateMinutes: activity.lateMinutes,
  templateKey: activity.templateKey,
  teamId: activity.teamId,
  organiserOpenid: activity.organiserOpenid,
  organiserName: activity.organiserName,
  status: activity.status,
  cancellation: activity.cancellation
    ? { reason: activity.cancellation.reason, at: iso(activity.cancellation.at), byName: activity.cancellation.byName }
    : null,
  postponement: activity.postponement
    ? {
        reason: activity.postponement.reason,
        at: iso(activity.postponement.at),
        fromStartAt: iso(activity.postponement.fromStartAt),
        fromEndAt: iso(activity.postponement.fromEndAt),
      }
    : null,
  createdAt: iso(activity.createdAt),
});

export const toAttendance = (record: AttendanceDocument): Attendance => ({
  attendanceId: record._id,
  activityId: record.activityId,
  openid: record.openid,
  name: record.name,
  status: record.status,
  signedUpAt: isoOrNull(record.signedUpAt),
  checkedInAt: isoOrNull(record.checkedInAt),
  checkinMethod: record.checkinMethod,
  checkedOutAt: isoOrNull(record.checkedOutAt),
  closedBy: record.closedBy,
  minutes: record.minutes,
});
