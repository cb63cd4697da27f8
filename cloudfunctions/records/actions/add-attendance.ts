import { closesAt } from '@core/attendance-close';
import { creditedMinutes } from '@core/hours-rounding';
import type { RecordsContract } from '@core/records.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { requireOrganisedActivity } from '../activity-access';
import { toAttendance } from '../attendance.view';
import { recordManualAttendance } from '../manual-attendance.repository';
import { findApprovedMemberByNo } from '../../_lib/user.repository';
import { attendanceFacts } from '../../_lib/stats/stat-facts-of';
import { pendingFacts } from '../../_lib/stats/count-facts';

/**
 * An organiser adds a missed attendance by 学号/工号, with a reason; audited. Times must fall in the
 * activity's check-in window (start − early … end + late), as a scan would have.
 */
export const addAttendance = async ({ params, caller }: ActionInvocation<RecordsContract['addAttendance']>) => {
  const activity = await requireOrganisedActivity(caller, params.activityId);
  if (activity.status === 'cancelled') throw new ActionError('ACTIVITY_STATE', '活动已取消，不能补录签到');
  const startAt = new Date(activity.startAt);
  const endAt = new Date(activity.endAt);
  const opens = new Date(startAt.getTime() - activity.earlyMinutes * 60_000);
  const closes = closesAt({ endAt, lateMinutes: activity.lateMinutes });
  const checkedInAt = new Date(params.checkedInAt);
  const checkedOutAt = params.checkedOutAt === null ? null : new Date(params.checkedOutAt);
  if (checkedInAt < opens || checkedInAt > closes || (checkedOutAt && checkedOutAt > closes)) {
    throw new ActionError('INVALID_INPUT', '提交的信息有误：签到、签退时间应在活动签到时段内');
  }
  const member = await findApprovedMemberByNo(params.memberNo);
  if (!member) throw new ActionError('NOT_A_MEMBER', `没有学号/工号为 ${params.memberNo} 的在册成员`);
  const minutes = checkedOutAt ? creditedMinutes(activity.hoursRule, { from: checkedInAt, to: checkedOutAt }, { startAt, endAt }) : 0;
  const organiser = await caller.user();
  // Attendance counts once the activity is settled: an addition after that is counted now (the replay recounts the activity).
  const pending = activity.closedAt ? await pendingFacts({ kind: 'activity', id: activity._id }) : null;
  const record = await recordManualAttendance({
    activity,
    member,
    checkedInAt,
    checkedOutAt,
    minutes,
    by: { openid: caller.openid, name: organiser?.name ?? '' },
    reason: params.reason,
    now: new Date(),
  });
  await pending?.count('records.addAttendance', attendanceFacts(record, activity.teamId));
  return { attendance: toAttendance(record) };
};
