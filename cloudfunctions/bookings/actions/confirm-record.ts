import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { creditHours } from '../../_lib/hours/hours-ledger.repository';
import { requireBooking } from '../booking-transition';
import { slotLengthMinutes } from '../slot-length-cap';
import { updateBookingWhere } from '../booking.repository';
import { toBooking } from '../booking.view';
import { loadTeamStaff, requireLeaderOf } from '../team-access';
import { bookingFacts } from '../../_lib/stats/stat-facts-of';
import { pendingFacts } from '../../_lib/stats/count-facts';

/**
 * The leader verifies the service record. The ledger is written first and is idempotent per
 * (booking, volunteer), so a crash between the two writes is finished by confirming again, and
 * two leaders confirming at once credit each volunteer once.
 */
export const confirmRecord = async ({ params, caller }: ActionInvocation<BookingsContract['confirmRecord']>) => {
  const booking = await requireBooking(params.bookingId);
  requireLeaderOf(await loadTeamStaff(caller), booking.teamId);
  if (!booking.record || (booking.status !== 'done' && booking.status !== 'rated')) {
    throw new ActionError('INVALID_TRANSITION', '服务完成并填写服务记录后才能确认');
  }
  if (booking.record.verifiedAt) throw new ActionError('INVALID_TRANSITION', '服务记录已确认，时长已计入');

  // The note covers the ledger credits and the booking's own facts (the replay recounts both).
  const pending = await pendingFacts({ kind: 'booking', id: booking._id });
  const verifiedAt = new Date();
  // The leader's reason for minutes over the slot goes with each entry it explains (shown in 我的志愿时长).
  const length = slotLengthMinutes(booking);
  const reason = booking.record.overLengthReason ?? null;
  const credited = await creditHours(
    { kind: 'booking', id: booking._id },
    booking.record.minutes.map(({ openid, minutes }) => ({ openid, minutes, overLengthReason: minutes > length ? reason : null })),
    { verifiedBy: caller.openid, verifiedAt, teamId: booking.teamId, title: booking.serviceName },
  );
  const verified = await updateBookingWhere(
    booking._id,
    { 'record.verifiedAt': null },
    { 'record.verifiedBy': caller.openid, 'record.verifiedAt': verifiedAt },
  );
  if (!verified) {
    await pending.drop();
    throw new ActionError('INVALID_TRANSITION', '服务记录已确认，时长已计入');
  }
  await pending.count('bookings.confirmRecord', bookingFacts(verified));
  return { booking: toBooking(verified), credited };
};
