import type { TimerTick } from '../../_lib/define-function';
import { walkResumably } from '../../_lib/repair/resumable-walk';
import { bookingIdOf, bookingStatusesOf } from '../booking.repository';
import { pageOpenSlots, returnUnbookedSeats, type SlotSeats } from '../../_lib/slot.repository';

/** Slots per page: with at most 50 holders each, one booking read of ≤ 1000 ids per page. */
const SLOTS_PER_PAGE = 20;
/** 1000 slots per tick; a longer list of open slots is finished by the next ticks. */
const PAGES_PER_TICK = 50;
/**
 * A seat taken less than this ago may belong to a `book` still running (its insert comes after
 * the seat, inside the function's 10 s timeout), so the slot is left for a later tick.
 */
export const SEAT_SETTLE_MS = 2 * 60_000;

/**
 * Timer job (every 10 minutes): gives back seats held with no booking behind them. `book` takes
 * the seat before inserting the booking and `cancel` cancels before releasing, so a crash between
 * the two writes leaves a holder whose booking is missing or cancelled: the slot shows a seat fewer
 * and that person cannot book it again. Resumable (stored cursor) and idempotent (conditional update).
 */
export const returnHeldSeats = async ({ time }: TimerTick) => {
  const settledBefore = new Date(time.getTime() - SEAT_SETTLE_MS);
  let returnedSeats = 0;
  const repair = async (slots: SlotSeats[]) => {
    const settled = slots.filter((slot) => slot.holders.length > 0 && new Date(slot.updatedAt) <= settledBefore);
    const statuses = await bookingStatusesOf(settled.flatMap((slot) => slot.holders.map((openid) => bookingIdOf(slot._id, openid))));
    for (const slot of settled) {
      const unbooked = slot.holders.filter((openid) => {
        const status = statuses.get(bookingIdOf(slot._id, openid));
        return !status || status === 'cancelled';
      });
      if (unbooked.length > 0 && (await returnUnbookedSeats(slot._id, unbooked, settledBefore, time))) returnedSeats += unbooked.length;
    }
  };
  const walk = await walkResumably('bookings.returnHeldSeats', {
    readPage: (cursor) => pageOpenSlots(time, cursor, SLOTS_PER_PAGE),
    repair,
    pagesPerTick: PAGES_PER_TICK,
    now: time,
  });
  return { ...walk, returnedSeats };
};
