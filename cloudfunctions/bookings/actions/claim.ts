import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyBookingChange } from '../booking-notices';
import { moveBooking, requireBooking } from '../booking-transition';
import { toBooking } from '../booking.view';
import { isLeaderOf, loadTeamStaff, requireStaffOf } from '../team-access';

/** A volunteer of the team takes an unassigned job; of two volunteers claiming at once, the database picks one. */
export const claim = async ({ params, caller }: ActionInvocation<BookingsContract['claim']>) => {
  const booking = await requireBooking(params.bookingId);
  const staff = await loadTeamStaff(caller);
  requireStaffOf(staff, booking.teamId);
  const claimed = await moveBooking(
    booking,
    'claim',
    { openid: caller.openid, role: isLeaderOf(staff, booking.teamId) ? 'leader' : 'volunteer' },
    { changes: { volunteer: { openid: staff.openid, name: staff.name } } },
  );
  await notifyBookingChange(claimed, 'confirmed');
  return { booking: toBooking(claimed) };
};
