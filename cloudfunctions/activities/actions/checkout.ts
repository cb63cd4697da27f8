import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { attendanceIdOf, findAttendance } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivity } from '../../_lib/activity.repository';
import { toAttendance } from '../activity.view';
import { checkOutMember } from '../check-out-attendance';
import { requireNotCancelled } from '../cancelled-refusal';
import { requireActivityCode, requireInsideCircle, requireScanWindow } from '../code-checks';

/**
 * Check-out reads the activity for its hours rule (and the attendance, in parallel) rather than
 * carrying the rule in the code: check-outs trickle out over the end of an activity, so the read
 * costs nothing at scale and the credited rule is always the stored one.
 */
export const checkout = async ({ params, caller }: ActionInvocation<ActivitiesContract['checkout']>) => {
  const now = new Date();
  const code = requireActivityCode(params.code, 'out', now);
  requireScanWindow(code, now);
  requireInsideCircle(code.g, params.location);
  const [activity, existing] = await Promise.all([findActivity(code.a), findAttendance(attendanceIdOf(code.a, caller.openid))]);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  requireNotCancelled(activity);
  const { record, repeat } = await checkOutMember(activity, caller.openid, now, existing, params.acceptZeroHours ?? false);
  return { attendance: toAttendance(record), repeat };
};
