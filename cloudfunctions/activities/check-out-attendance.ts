import { creditedMinutes, zeroHoursReason } from '@core/hours-rounding';
import { ActionError } from '../_lib/action-error';
import type { ActivityDocument } from '../_lib/activity.repository';
import { attendanceIdOf, closeAttendance, findAttendance, type AttendanceDocument } from '../_lib/attendance.repository';
import { creditHours } from '../_lib/hours/hours-ledger.repository';

/**
 * Closes a checked-in attendance and credits its minutes. The close is one conditional update
 * (`checkedOutAt: null`), so concurrent check-outs close it once; the ledger's deterministic id
 * credits it once. A repeat answers the first record and credits again harmlessly, which also
 * repairs a close whose credit was cut off by a crash.
 */
export const checkOutMember = async (
  activity: ActivityDocument,
  openid: string,
  now: Date,
  existing?: AttendanceDocument | null,
  /** Write a 0-hour check-out without asking (the member confirmed, or an organiser scanned). @default true */
  acceptZeroHours = true,
): Promise<{ record: AttendanceDocument; repeat: boolean }> => {
  const attendanceId = attendanceIdOf(activity._id, openid);
  const record = existing === undefined ? await findAttendance(attendanceId) : existing;
  if (!record || record.status !== 'signed_up') throw new ActionError('NOT_SIGNED_UP', '你没有报名该活动，不能签退');
  if (!record.checkedInAt) throw new ActionError('NOT_CHECKED_IN');
  if (record.checkedOutAt) return { record: await credited(activity, record), repeat: true };

  const attended = { from: new Date(record.checkedInAt), to: now };
  const span = { startAt: new Date(activity.startAt), endAt: new Date(activity.endAt) };
  const minutes = creditedMinutes(activity.hoursRule, attended, span);
  // Nothing is written until the member has heard why it would be 0 and still wants to leave.
  const zeroReason = minutes === 0 && !acceptZeroHours ? zeroHoursReason(activity.hoursRule, attended, span) : null;
  if (zeroReason) throw new ActionError('ZERO_HOURS_CHECKOUT', `现在签退将计 0 小时：${zeroReason}。确定要签退吗？`);
  const closed = await closeAttendance(attendanceId, now, minutes);
  if (closed) return { record: await credited(activity, closed), repeat: false };
  const winner = await findAttendance(attendanceId);
  if (winner?.checkedOutAt) return { record: await credited(activity, winner), repeat: true };
  throw new ActionError('CONFLICT');
};

const credited = async (activity: ActivityDocument, record: AttendanceDocument): Promise<AttendanceDocument> => {
  if ((record.minutes ?? 0) > 0) {
    await creditHours({ kind: 'activity', id: activity._id }, [{ openid: record.openid, minutes: record.minutes as number }], {
      verifiedBy: activity.organiserOpenid,
      verifiedAt: new Date(record.checkedOutAt ?? new Date()),
      teamId: activity.teamId,
      title: activity.title,
    });
  }
  return record;
};
