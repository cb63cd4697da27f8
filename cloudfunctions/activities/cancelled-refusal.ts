import { ActionError } from '../_lib/action-error';
import { findActivity, type ActivityDocument } from '../_lib/activity.repository';

/** The refusal of anything done with a cancelled activity, with the organiser's reason. */
export const cancelledRefusal = (activity: Pick<ActivityDocument, 'cancellation'>): ActionError =>
  new ActionError('ACTIVITY_CANCELLED', `活动已取消，签到码已失效。取消原因：${activity.cancellation?.reason ?? '未说明'}`);

export const requireNotCancelled = (activity: Pick<ActivityDocument, 'status' | 'cancellation'>): void => {
  if (activity.status === 'cancelled') throw cancelledRefusal(activity);
};

/**
 * A scan refused without the activity read (the hot path decides from the code and the
 * attendance): when its activity was cancelled, that is the reason the member hears.
 */
export const explainIfCancelled = async (activityId: string, refusal: unknown): Promise<never> => {
  if (refusal instanceof ActionError && (refusal.code === 'ACTIVITY_CANCELLED' || refusal.code === 'NOT_SIGNED_UP')) {
    const activity = await findActivity(activityId);
    if (activity) requireNotCancelled(activity);
  }
  throw refusal;
};
