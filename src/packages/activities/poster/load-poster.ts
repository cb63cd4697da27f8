import type { Activity, ActivityPoster } from '@core/activity.types';
import type { Envelope } from '@core/envelope';
import { activityPoster, getActivity } from '@/services/activities';

/** What the poster shows: the activity's facts and the code that opens it. */
export interface PosterData {
  activity: Activity;
  code: ActivityPoster;
}

/** Both at once; a refusal of either (a cancelled activity answers its reason) is the page's error. */
export async function loadPoster(activityId: string): Promise<Envelope<PosterData>> {
  const [activity, code] = await Promise.all([getActivity(activityId), activityPoster(activityId)]);
  if (!activity.ok) return activity;
  if (!code.ok) return code;
  return { ok: true, data: { activity: activity.data.activity, code: code.data } };
}
