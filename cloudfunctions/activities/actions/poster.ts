import type { ActivitiesContract } from '@core/activities.contract';
import { activitySceneOf } from '@core/activity-scene';
import { ActionError } from '../../_lib/action-error';
import { findActivity } from '../../_lib/activity.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { codeEnvVersion, miniProgramCodeOf } from '../../_lib/wx/mini-program-code';
import { requireNotCancelled } from '../cancelled-refusal';
import { findPosterCode, keepPosterCode } from '../poster-code.repository';

/** The page a poster's code opens; getUnlimited wants it without the leading slash and without a query. */
export const POSTER_PAGE = 'packages/activities/detail/index';
/** The code's width in pixels, as getUnlimited makes it. */
const CODE_WIDTH = 430;

/**
 * The poster's code: the activity detail with the activity in the scene. Made once per activity
 * (and build it opens) and kept: a second open reads the kept code instead of calling the open API.
 */
export const poster = async ({ params }: ActionInvocation<ActivitiesContract['poster']>) => {
  const activity = await findActivity(params.activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  requireNotCancelled(activity);
  if (activity.status !== 'scheduled' || new Date() >= new Date(activity.endAt))
    throw new ActionError('ACTIVITY_STATE', '活动已结束，不能再生成海报');
  const scene = activitySceneOf(activity._id);
  const envVersion = codeEnvVersion();
  const kept = await findPosterCode(activity._id);
  if (kept && kept.page === POSTER_PAGE && kept.scene === scene && kept.width === CODE_WIDTH && kept.envVersion === envVersion)
    return { codeImage: kept.codeImage, page: POSTER_PAGE, scene };
  const codeImage = await miniProgramCodeOf(POSTER_PAGE, scene, CODE_WIDTH);
  await keepPosterCode(
    { _id: activity._id, page: POSTER_PAGE, scene, width: CODE_WIDTH, envVersion, codeImage, createdAt: new Date() },
    kept !== null,
  );
  return { codeImage, page: POSTER_PAGE, scene };
};
