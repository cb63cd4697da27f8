import type { ActivityCodeKind, ActivityCodePayload } from '@core/signed-code-format';
import type { ActivityDocument } from '../_lib/activity.repository';

const epochSeconds = (at: Date | string) => Math.floor(new Date(at).getTime() / 1000);

/** What a check-in needs to decide without reading the activity: window, circle, walk-ins. */
export const activityCodePayload = (activity: ActivityDocument, kind: ActivityCodeKind, slot: number): ActivityCodePayload => ({
  t: kind,
  a: activity._id,
  s: slot,
  o: epochSeconds(activity.startAt) - activity.earlyMinutes * 60,
  c: epochSeconds(activity.endAt) + activity.lateMinutes * 60,
  g: activity.circle ? [activity.circle.latitude, activity.circle.longitude, activity.circle.radiusMeters] : null,
  w: activity.allowWalkIn ? 1 : 0,
});
