import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifySlotCancelled } from '../booking-notices';
import { moveBooking } from '../booking-transition';
import { activeBookingsOfSlot, type BookingDocument } from '../booking.repository';
import { toSlot } from '../booking.view';
import { changeSlotStatus, findSlot } from '../../_lib/slot.repository';
import { loadTeamStaff, requireLeaderOf } from '../team-access';

/**
 * Cancels the slot first (no new seat can be taken once it is not `open`), then each booking in
 * it that has not been served. A retry after a partial failure finds the slot already cancelled
 * and finishes the bookings that are left.
 */
export const cancelSlot = async ({ params, caller }: ActionInvocation<BookingsContract['cancelSlot']>) => {
  const slot = await findSlot(params.slotId);
  if (!slot) throw new ActionError('NOT_FOUND', '时段不存在');
  requireLeaderOf(await loadTeamStaff(caller), slot.teamId);
  const cancelled =
    (await changeSlotStatus(slot._id, ['open', 'closed'], 'cancelled', { cancelReason: params.reason })) ?? (await findSlot(slot._id));
  if (!cancelled) throw new ActionError('NOT_FOUND', '时段不存在');

  const actor = { openid: caller.openid, role: 'leader' as const };
  const affected: BookingDocument[] = [];
  for (const booking of await activeBookingsOfSlot(slot._id, ['submitted', 'confirmed'])) {
    try {
      affected.push(
        await moveBooking(booking, 'cancelByLeader', actor, { reason: params.reason, changes: { cancelReason: params.reason } }),
      );
    } catch (error) {
      // Changed meanwhile (the booker cancelled it themselves): nothing left to cancel.
      if (!(error instanceof ActionError)) throw error;
    }
  }
  await notifySlotCancelled(cancelled, affected, params.reason);
  return { slot: toSlot(cancelled), cancelledBookings: affected.length };
};
