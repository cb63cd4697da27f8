import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivity } from '../../_lib/activity.repository';
import { countAttendance, pageAttendance } from '../../_lib/attendance.repository';
import { toAttendance } from '../activity.view';

/** The organiser console's live view: three indexed counts and a page, checked-in (latest) first. */
export const attendance = async ({ params, caller }: ActionInvocation<ActivitiesContract['attendance']>) => {
  const activity = await findActivity(params.activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, activity);
  const [counts, page] = await Promise.all([countAttendance(activity._id), pageAttendance(activity._id, params.cursor, params.limit)]);
  return { counts, items: page.items.map(toAttendance), nextCursor: page.nextCursor };
};
