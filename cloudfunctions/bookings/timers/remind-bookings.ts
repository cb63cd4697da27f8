import type { TimerTick } from '../../_lib/define-function';
import { notifyAfterCommit } from '../../_lib/notify/notify';
import { bookingTimeText } from '../booking-notices';
import { bookingsStartingWithin, claimReminder } from '../booking.repository';
import { envNumber } from '../../_lib/env-setting';

/** How long before the slot the reminder goes out; the trigger runs every 5 minutes inside it. */
export const reminderLeadMinutes = (): number => envNumber('STARFIRE_BOOKING_REMINDER_MINUTES', 120);

/**
 * Timer job: reminds the booker and the assigned volunteer of a slot starting within the lead,
 * each at most once. The stamp is written (conditionally) before `notify`, so overlapping or
 * retried ticks never send twice; a crash between the two loses that reminder rather than
 * repeating it, as `notify` itself prefers. Safe to overlap and retry.
 */
export const remindBookings = async ({ time }: TimerTick) => {
  const until = new Date(time.getTime() + reminderLeadMinutes() * 60_000);
  let bookers = 0;
  let volunteers = 0;
  for (const booking of await bookingsStartingWithin(time, until)) {
    const fields = { service: booking.serviceName, time: bookingTimeText(booking), place: booking.place };
    if (booking.remindedBookerAt == null && (await claimReminder(booking, 'booker', time))) {
      bookers += 1;
      await notifyAfterCommit(booking.openid, 'bookingReminder', fields, { key: `${booking._id}:booker` });
    }
    const volunteer = booking.volunteer;
    if (volunteer && booking.remindedVolunteerAt == null && (await claimReminder(booking, 'volunteer', time))) {
      volunteers += 1;
      await notifyAfterCommit(
        volunteer.openid,
        'jobReminder',
        { ...fields, booker: booking.bookerName },
        { key: `${booking._id}:volunteer:${volunteer.openid}` },
      );
    }
  }
  return { remindedBookers: bookers, remindedVolunteers: volunteers };
};
