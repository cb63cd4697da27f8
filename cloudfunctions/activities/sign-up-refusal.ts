import { ActionError } from '../_lib/action-error';
import type { ActivityDocument } from '../_lib/activity.repository';

/**
 * Why the place update matched nothing, from the activity read after it (the caller has already
 * ruled out a place this member holds). Null when nothing stands in the way any more (a place
 * was freed meanwhile): the caller may try again.
 */
export const explainSignUpRefusal = (activity: ActivityDocument | null, memberKeys: string[], now: Date): ActionError | null => {
  if (!activity) return new ActionError('NOT_FOUND', '活动不存在或已删除');
  if (activity.status !== 'scheduled') return new ActionError('ACTIVITY_STATE');
  if (now < new Date(activity.signUpOpensAt)) return new ActionError('SIGNUP_NOT_OPEN');
  if (now >= new Date(activity.signUpClosesAt)) return new ActionError('SIGNUP_CLOSED');
  if (!activity.audienceKeys.some((key) => memberKeys.includes(key))) return new ActionError('ACTIVITY_NOT_FOR_YOU');
  if (activity.signedUpCount >= activity.capacity) return new ActionError('ACTIVITY_FULL');
  return null;
};
