import { database } from '../_lib/cloudbase';
import { BOOKINGS, type BookingDocument } from './booking.repository';

const bookings = () => database.collection(BOOKINGS);
const _ = database.command;

/** Statuses a reminder is still useful for: the booker is expected to come. */
const REMINDABLE = ['submitted', 'confirmed'];

/** One tick never reads more; a busier window is finished by the next tick. */
const PER_TICK = 200;

/**
 * Bookings whose slot starts in (now, until] and still owe a reminder, over the
 * `status_startAt` index. The "still owed" test is repeated by each claim, so a row read here
 * that another tick reminds meanwhile is simply skipped.
 */
export const bookingsStartingWithin = async (now: Date, until: Date): Promise<BookingDocument[]> => {
  const { data } = await bookings()
    .where({ status: _.in(REMINDABLE), startAt: _.gt(now).and(_.lte(until)) })
    .orderBy('startAt', 'asc')
    .limit(PER_TICK)
    .get();
  return (data as BookingDocument[]).filter(
    (booking) => booking.remindedBookerAt == null || (booking.volunteer && booking.remindedVolunteerAt == null),
  );
};

/**
 * Claims one reminder by stamping it, only if still unstamped (and, for the volunteer, still the
 * same volunteer): of two overlapping ticks exactly one update matches, and only that tick sends.
 */
export const claimReminder = async (booking: BookingDocument, who: 'booker' | 'volunteer', at: Date): Promise<boolean> => {
  const field = who === 'booker' ? 'remindedBookerAt' : 'remindedVolunteerAt';
  const condition: Record<string, unknown> = { _id: booking._id, status: _.in(REMINDABLE), [field]: null };
  if (who === 'volunteer') condition['volunteer.openid'] = booking.volunteer?.openid;
  const { updated } = await bookings()
    .where(condition)
    .update({ [field]: at });
  return (updated ?? 0) > 0;
};
