import type { ActivitiesContract } from '@core/activities.contract';
import { activitySceneOf } from '@core/activity-scene';
import { ActionError } from '../../_lib/action-error';
import { findActivity } from '../../_lib/activity.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { miniProgramCodeOf } from '../../_lib/wx/mini-program-code';
import { requireNotCancelled } from '../cancelled-refusal';

/** The page a poster's code opens; getUnlimited wants it without the leading slash and without a query. */
export const POSTER_PAGE = 'packages/activities/detail/index';

/** The poster's code: the activity detail with the activity in the scene. */
export const poster = async ({ params }: ActionInvocation<ActivitiesContract['poster']>) => {
  const activity = await findActivity(params.activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  requireNotCancelled(activity);
  if (activity.status !== 'scheduled' || new Date() >= new Date(activity.endAt))
    throw new ActionError('ACTIVITY_STATE', '活动已结束，不能再生成海报');
  const scene = activitySceneOf(activity._id);
  return { codeImage: await miniProgramCodeOf(POSTER_PAGE, scene), page: POSTER_PAGE, scene };
};
