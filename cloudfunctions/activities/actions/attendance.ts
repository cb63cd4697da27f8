import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivity } from '../activity.repository';
import { countAttendance, pageAttendance } from '../attendance.repository';
import { toAttendance } from '../activity.view';
import { decodeAttendanceCursor, encodeAttendanceCursor } from '../attendance-cursor';

/** The organiser console's live view: three indexed counts and a page, checked-in (latest) first. */
export const attendance = async ({ params, caller }: ActionInvocation<ActivitiesContract['attendance']>) => {
  const activity = await findActivity(params.activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, activity);
  const after = params.cursor ? decodeAttendanceCursor(params.cursor) : null;
  const [counts, page] = await Promise.all([countAttendance(activity._id), pageAttendance(activity._id, after, params.limit + 1)]);
  const shown = page.slice(0, params.limit);
  const last = shown[shown.length - 1];
  return {
    counts,
    items: shown.map(toAttendance),
    nextCursor:
      page.length > params.limit && last ? encodeAttendanceCursor(last.checkedInAt ? new Date(last.checkedInAt) : null, last._id) : null,
  };
};
