import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { bookingPhotoUrls } from '../booking-photos';
import { requireBooking } from '../booking-transition';
import { toBooking } from '../booking.view';
import { loadTeamStaff, requireStaffOf } from '../team-access';

/** Its booker, or a volunteer/leader of the team serving it (not of any other team). */
export const getBooking = async ({ params, caller }: ActionInvocation<BookingsContract['getBooking']>) => {
  const booking = await requireBooking(params.bookingId);
  if (booking.openid !== caller.openid) requireStaffOf(await loadTeamStaff(caller), booking.teamId);
  const photos = [...booking.photos, ...(booking.record?.afterPhoto ? [booking.record.afterPhoto] : [])];
  return { booking: toBooking(booking), photoUrls: await bookingPhotoUrls(photos, caller) };
};
