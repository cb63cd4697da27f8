import { closesAt } from '@core/attendance-close';
import type { RecordsContract } from '@core/records.contract';
import { ActionError } from '../../_lib/action-error';
import { attendanceIdOf, findAttendance } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { requireActivity } from '../activity-access';
import { insertCorrection } from '../correction.repository';
import { toCorrection } from '../correction.view';

/**
 * The attendee of a record the timer closed without a check-out (0 minutes) asks for their real
 * check-out time, between their check-in and the end of the check-in window. One request per
 * attendance (its id is the attendance id).
 */
export const requestCorrection = async ({ params, caller }: ActionInvocation<RecordsContract['requestCorrection']>) => {
  const activity = await requireActivity(params.activityId);
  const record = await findAttendance(attendanceIdOf(activity._id, caller.openid));
  if (!record || !record.checkedInAt || record.closedBy !== 'auto' || record.checkedOutAt !== null || !activity.checkoutRequired) {
    throw new ActionError('CORRECTION_NOT_ALLOWED');
  }
  const requested = new Date(params.checkedOutAt);
  const latest = closesAt({ endAt: new Date(activity.endAt), lateMinutes: activity.lateMinutes });
  if (requested <= new Date(record.checkedInAt) || requested > latest) {
    throw new ActionError('INVALID_INPUT', '提交的信息有误：签退时间应晚于签到时间，且不晚于活动签到截止时间');
  }
  const now = new Date();
  const correction = {
    _id: record._id,
    activityId: activity._id,
    activityTitle: activity.title,
    openid: caller.openid,
    name: record.name,
    checkedInAt: record.checkedInAt,
    requestedCheckoutAt: requested,
    reason: params.reason,
    status: 'pending' as const,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    minutes: null,
    createdAt: now,
    updatedAt: now,
  };
  if (!(await insertCorrection(correction))) throw new ActionError('CORRECTION_EXISTS');
  return { correction: toCorrection(correction) };
};
