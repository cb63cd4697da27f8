import type { BookingsContract } from '@core/bookings.contract';
import { bookerOfBookingId } from '@core/booking.schema';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { moveBooking, requireBooking } from '../booking-transition';
import { toBooking } from '../booking.view';

/** The booker only (read from the id, before any read); once, enforced by the status condition. */
export const rate = async ({ params, caller }: ActionInvocation<BookingsContract['rate']>) => {
  if (bookerOfBookingId(params.bookingId) !== caller.openid) throw new ActionError('FORBIDDEN', '没有权限：仅预约人本人可以评价');
  const booking = await requireBooking(params.bookingId);
  if (booking.rating || booking.status === 'rated') throw new ActionError('RATED_ALREADY');
  try {
    const rated = await moveBooking(
      booking,
      'rate',
      { openid: caller.openid, role: 'booker' },
      { guard: { rating: null }, changes: { rating: { score: params.score, comment: params.comment, at: new Date() } } },
    );
    return { booking: toBooking(rated) };
  } catch (error) {
    // Lost a race against the same booker's other tap: that one rated it.
    if (error instanceof ActionError && error.code !== 'NOT_FOUND' && (await requireBooking(params.bookingId)).rating) {
      throw new ActionError('RATED_ALREADY');
    }
    throw error;
  }
};
