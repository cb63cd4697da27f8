import type { TimerTick } from '../../_lib/define-function';
import { activitiesWithPendingChange } from '../../_lib/activity.repository';
import { announceChange } from '../activity-notices';

/** Sign-ups told per tick, across activities: inside the 10 s timeout at 4–5 round trips per notify, 10 at a time. */
const PER_TICK = 100;

/**
 * Timer job (every minute): tells the sign-ups a cancel or postpone could not tell at once (it
 * tells the first batch itself). Claims are per member and change, so overlapping ticks are safe.
 */
export const announceActivityChanges = async (_tick: TimerTick) => {
  let told = 0;
  let activities = 0;
  for (const activity of await activitiesWithPendingChange(5)) {
    if (told >= PER_TICK) break;
    const result = await announceChange(activity, PER_TICK - told);
    told += result.told;
    activities += 1;
  }
  return { activities, told };
};
