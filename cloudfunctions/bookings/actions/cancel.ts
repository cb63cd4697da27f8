import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyBookingChange } from '../booking-notices';
import { moveBooking, requireBooking } from '../booking-transition';
import { stillBefore } from '../booking.repository';
import { toBooking } from '../booking.view';
import { releaseSeat } from '../../_lib/slot.repository';
import { isLeaderOf, loadTeamStaff } from '../team-access';

/**
 * The booker cancels until the cut-off (the condition carries the cut-off, so a request that
 * arrives late is refused even if it was checked early); a leader of the team any time before
 * the job is done, with a reason. Then the seat goes back to the slot.
 */
export const cancel = async ({ params, caller }: ActionInvocation<BookingsContract['cancel']>) => {
  const booking = await requireBooking(params.bookingId);
  const now = new Date();
  const isBooker = booking.openid === caller.openid;
  const beforeCutoff = now.getTime() < new Date(booking.cancellableUntil).getTime();

  let cancelled;
  if (isBooker && beforeCutoff) {
    cancelled = await moveBooking(
      booking,
      'cancelByBooker',
      { openid: caller.openid, role: 'booker' },
      { guard: stillBefore('cancellableUntil', now), reason: params.reason || null, changes: { cancelReason: params.reason || null } },
    );
  } else {
    const leader = isLeaderOf(await loadTeamStaff(caller), booking.teamId);
    if (!leader) {
      throw isBooker ? new ActionError('CANCEL_TOO_LATE') : new ActionError('FORBIDDEN', '没有权限：仅预约人或本队队长可以取消');
    }
    if (!params.reason) throw new ActionError('INVALID_INPUT', '提交的信息有误：reason 队长取消预约时请填写原因');
    cancelled = await moveBooking(
      booking,
      'cancelByLeader',
      { openid: caller.openid, role: 'leader' },
      { reason: params.reason, changes: { cancelReason: params.reason } },
    );
    if (!isBooker) await notifyBookingChange(cancelled, 'cancelledByLeader', params.reason);
  }
  await releaseSeat(cancelled.slotId, cancelled.openid);
  return { booking: toBooking(cancelled) };
};
