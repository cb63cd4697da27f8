import type { Envelope } from '@core/envelope';
import type { Booking } from '@core/booking.types';
import type { WhoAmI } from '@core/users.contract';
import { getBooking } from '@/services/bookings';
import { whoami } from '@/services/users';

/** A booking and who is looking at it: the actions offered depend on both. */
export interface BookingView {
  booking: Booking;
  /** fileID → readable URL, for the booker and the team only. */
  photoUrls: Record<string, string>;
  me: WhoAmI;
}

export async function loadBooking(bookingId: string): Promise<Envelope<BookingView>> {
  const [booking, me] = await Promise.all([getBooking(bookingId), whoami()]);
  if (!booking.ok) return booking;
  if (!me.ok) return me;
  return { ok: true, data: { booking: booking.data.booking, photoUrls: booking.data.photoUrls, me: me.data } };
}

/** How the viewer relates to the booking; the server checks the same facts again. */
export function viewerOf({ booking, me }: BookingView) {
  const teamRole = me.teamRoles.find((entry) => entry.teamId === booking.teamId)?.role;
  return {
    isBooker: booking.openid === me.openid,
    isLeader: teamRole === 'leader',
    isStaff: teamRole !== undefined,
    isAssigned: booking.volunteer?.openid === me.openid,
  };
}
