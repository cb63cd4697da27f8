import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { attendanceIdOf, findAttendance } from '../../_lib/attendance.repository';
import { canOrganise } from '../../_lib/activities/organiser-access';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivity } from '../../_lib/activity.repository';
import { toActivity, toAttendance } from '../activity.view';
import { coverUrlsOf } from '../cover-urls';

export const get = async ({ params, caller }: ActionInvocation<ActivitiesContract['get']>) => {
  const [activity, mine] = await Promise.all([
    findActivity(params.activityId),
    findAttendance(attendanceIdOf(params.activityId, caller.openid)),
  ]);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  const [organises, covers] = await Promise.all([canOrganise(caller, activity), coverUrlsOf([activity.coverFileId], caller)]);
  return {
    activity: toActivity(activity, covers.get(activity.coverFileId ?? '') ?? null),
    mine: mine ? toAttendance(mine) : null,
    canOrganise: organises,
  };
};
