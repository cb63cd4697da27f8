import type { TimerTick } from '../../_lib/define-function';
import { activitiesStartingWithin } from '../../_lib/activity.repository';
import { envNumber } from '../../_lib/env-setting';
import { remindSignUps } from '../activity-notices';

/** How long before the start the reminder goes out; the trigger runs every 5 minutes inside it. */
export const activityReminderLeadMinutes = (): number => envNumber('STARFIRE_ACTIVITY_REMINDER_MINUTES', 120);

/** Reminders per tick, across activities (inside the 10 s timeout); the next tick goes on. */
const PER_TICK = 100;

/**
 * Timer job: reminds each sign-up of an activity starting within the lead, at most once per
 * sign-up and start time. The attendance is stamped (`remindedStartAt`, conditionally) before the
 * notify, so overlapping or retried ticks never remind twice.
 */
export const remindActivities = async ({ time }: TimerTick) => {
  const until = new Date(time.getTime() + activityReminderLeadMinutes() * 60_000);
  let reminded = 0;
  for (const activity of await activitiesStartingWithin(time, until, 20)) {
    if (reminded >= PER_TICK) break;
    reminded += await remindSignUps(activity, PER_TICK - reminded);
  }
  return { reminded };
};
