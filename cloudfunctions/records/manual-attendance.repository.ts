import { ActionError } from '../_lib/action-error';
import type { ActivityDocument } from '../_lib/activity.repository';
import { attendanceIdOf, readAttendanceIn, saveAttendanceIn, type AttendanceDocument } from '../_lib/attendance.repository';
import { appendAuditIn } from '../_lib/activity-audit.repository';
import { creditInTransaction } from '../_lib/hours/hours-ledger.repository';
import { inTransaction } from '../_lib/transaction.repository';
import type { MemberRow } from '../_lib/user.repository';

export interface ManualAttendance {
  activity: ActivityDocument;
  member: MemberRow;
  checkedInAt: Date;
  /** With a check-out the record is closed (`manual`) and credited `minutes`. */
  checkedOutAt: Date | null;
  minutes: number;
  by: { openid: string; name: string };
  reason: string;
  now: Date;
}

/**
 * Records a missed attendance: the attendance (created, or completed if the member signed up),
 * the ledger credit when there is a check-out, and the audit entry, in one transaction. An
 * existing check-in refuses it (ALREADY_CHECKED_IN); two organisers adding the same member at once
 * both write the one attendance id, so the second conflicts, retries and is refused.
 */
export const recordManualAttendance = (input: ManualAttendance): Promise<AttendanceDocument> =>
  inTransaction(async (tx) => {
    const { activity, member, now } = input;
    const attendanceId = attendanceIdOf(activity._id, member._id);
    const existing = await readAttendanceIn(tx, attendanceId);
    if (existing?.checkedInAt) throw new ActionError('ALREADY_CHECKED_IN', `${member.name} 已签到，无需重复添加`);
    const closed = input.checkedOutAt !== null;
    const fields = {
      status: 'signed_up' as const,
      checkedInAt: input.checkedInAt,
      checkinMethod: 'manual' as const,
      checkedOutAt: input.checkedOutAt,
      closedBy: closed ? ('manual' as const) : null,
      minutes: closed ? input.minutes : null,
      updatedAt: now,
    };
    const record: AttendanceDocument = existing
      ? { ...existing, ...fields }
      : {
          _id: attendanceId,
          activityId: activity._id,
          openid: member._id,
          name: member.name,
          startAt: activity.startAt,
          activityTitle: activity.title,
          signedUpAt: null,
          ...fields,
        };
    await saveAttendanceIn(tx, record);
    if (closed && input.minutes > 0) {
      await creditInTransaction(
        tx,
        { kind: 'activity', id: activity._id },
        { openid: member._id, minutes: input.minutes },
        { verifiedBy: input.by.openid, verifiedAt: now, teamId: activity.teamId, title: activity.title },
      );
    }
    await appendAuditIn(tx, {
      activityId: activity._id,
      action: 'manual_checkin',
      targetOpenid: member._id,
      targetName: member.name,
      byOpenid: input.by.openid,
      byName: input.by.name,
      reason: input.reason,
      at: now,
    });
    return record;
  });
