import type { BookingsContract } from '@core/bookings.contract';
import { canTransition } from '@core/booking-status';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyBookingChange } from '../booking-notices';
import { invalidTransition, moveBooking, requireBooking } from '../booking-transition';
import { toBooking } from '../booking.view';
import { requireStartWindow } from '../job-start-window';
import { loadTeamStaff, requireJobHandler } from '../team-access';

export const start = async ({ params, caller }: ActionInvocation<BookingsContract['start']>) => {
  const booking = await requireBooking(params.bookingId);
  const { role, guard } = requireJobHandler(await loadTeamStaff(caller), booking);
  // The state is the first answer: a job that cannot be started at all is not "too early".
  if (!canTransition('start', booking.status)) throw invalidTransition(booking.status, 'start');
  const reason = params.earlyReason?.trim() || undefined;
  const { early } = requireStartWindow(booking, new Date(), { role, reason });
  const started = await moveBooking(
    booking,
    'start',
    { openid: caller.openid, role },
    { guard, reason: early ? `提前开始：${reason}` : null },
  );
  await notifyBookingChange(started, 'started');
  return { booking: toBooking(started) };
};
