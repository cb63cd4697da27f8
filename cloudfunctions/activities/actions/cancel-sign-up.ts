import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { attendanceIdOf, cancelAttendance, findAttendance } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivity, releasePlace } from '../../_lib/activity.repository';
import { toAttendance } from '../activity.view';

/**
 * Until sign-up closes (after a postponement: until the new start) and only before checking in. The attendance update decides (conditional
 * on `checkedInAt: null`), so a scan and a cancel racing cannot both win; only the winner returns
 * the place. A repeat cancel answers the cancelled record.
 */
export const cancelSignUp = async ({ params, caller }: ActionInvocation<ActivitiesContract['cancelSignUp']>) => {
  const activity = await findActivity(params.activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  const attendanceId = attendanceIdOf(params.activityId, caller.openid);
  const now = new Date();
  // After a move the member did not choose, withdrawing stays possible until the new start.
  const movedAndNotStarted = !!activity.postponement && now < new Date(activity.startAt);
  if (now >= new Date(activity.signUpClosesAt) && !movedAndNotStarted) {
    throw new ActionError('SIGNUP_CLOSED', '报名已截止，不能再取消报名；如有变动请联系活动组织者');
  }
  const cancelled = await cancelAttendance(attendanceId, now);
  if (cancelled) {
    await releasePlace(params.activityId, caller.openid);
    return { attendance: toAttendance(cancelled) };
  }
  const existing = await findAttendance(attendanceId);
  if (!existing) throw new ActionError('NOT_SIGNED_UP', '你没有报名该活动');
  if (existing.status === 'cancelled') return { attendance: toAttendance(existing) };
  throw new ActionError('ALREADY_CHECKED_IN', '你已签到，不能取消报名');
};
