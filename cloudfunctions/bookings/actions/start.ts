import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyBookingChange } from '../booking-notices';
import { moveBooking, requireBooking } from '../booking-transition';
import { toBooking } from '../booking.view';
import { loadTeamStaff, requireJobHandler } from '../team-access';

export const start = async ({ params, caller }: ActionInvocation<BookingsContract['start']>) => {
  const booking = await requireBooking(params.bookingId);
  const { role, guard } = requireJobHandler(await loadTeamStaff(caller), booking);
  const started = await moveBooking(booking, 'start', { openid: caller.openid, role }, { guard });
  await notifyBookingChange(started, 'started');
  return { booking: toBooking(started) };
};
