import { checkinWindowOf } from '@core/checkin-window';
import type { ActivityCodeKind, ActivityCodePayload } from '@core/signed-code-format';
import type { ActivityDocument } from '../_lib/activity.repository';

const epochSeconds = (at: Date | string) => Math.floor(new Date(at).getTime() / 1000);

/** What a check-in needs to decide without reading the activity: window, circle, walk-ins. */
export const activityCodePayload = (activity: ActivityDocument, kind: ActivityCodeKind, slot: number): ActivityCodePayload => {
  const window = checkinWindowOf(activity);
  return {
    t: kind,
    a: activity._id,
    s: slot,
    o: epochSeconds(window.opensAt),
    c: epochSeconds(window.closesAt),
    g: activity.circle ? [activity.circle.latitude, activity.circle.longitude, activity.circle.radiusMeters] : null,
    w: activity.allowWalkIn ? 1 : 0,
  };
};
