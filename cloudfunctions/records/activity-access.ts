import { ActionError } from '../_lib/action-error';
import { findActivity, type ActivityDocument } from '../_lib/activity.repository';
import { requireOrganiser } from '../_lib/activities/organiser-access';
import type { Caller } from '../_lib/define-function';

/** The activity a records action names, or NOT_FOUND. */
export const requireActivity = async (activityId: string): Promise<ActivityDocument> => {
  const activity = await findActivity(activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  return activity;
};

/** The activity, when the caller organises it (its creator, an admin, or a leader of its team). */
export const requireOrganisedActivity = async (caller: Caller, activityId: string): Promise<ActivityDocument> => {
  const activity = await requireActivity(activityId);
  await requireOrganiser(caller, activity);
  return activity;
};
