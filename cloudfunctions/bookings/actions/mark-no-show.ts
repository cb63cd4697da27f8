import type { BookingsContract } from '@core/bookings.contract';
import { canTransition } from '@core/booking-status';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyBookingChange } from '../booking-notices';
import { invalidTransition, moveBooking, requireBooking } from '../booking-transition';
import { alreadyPast } from '../booking.repository';
import { toBooking } from '../booking.view';
import { loadTeamStaff, requireJobHandler } from '../team-access';

/** Only once the slot has started: before that the booker may still come (or cancel). */
export const markNoShow = async ({ params, caller }: ActionInvocation<BookingsContract['markNoShow']>) => {
  const booking = await requireBooking(params.bookingId);
  const { role, guard } = requireJobHandler(await loadTeamStaff(caller), booking);
  if (!canTransition('noShow', booking.status)) throw invalidTransition(booking.status, 'noShow');
  const now = new Date();
  if (now.getTime() < new Date(booking.startAt).getTime()) throw new ActionError('INVALID_TRANSITION', '服务时段开始后才能标记未到场');
  const marked = await moveBooking(
    booking,
    'noShow',
    { openid: caller.openid, role },
    { guard: { ...guard, ...alreadyPast('startAt', now) } },
  );
  await notifyBookingChange(marked, 'noShow');
  return { booking: toBooking(marked) };
};
