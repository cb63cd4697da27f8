import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { toSlot } from '../booking.view';
import { changeSlotStatus, findSlot } from '../../_lib/slot.repository';
import { loadTeamStaff, requireLeaderOf } from '../team-access';

/** Stops new bookings (the seat update requires `open`); bookings already made stand. Repeating it is harmless. */
export const closeSlot = async ({ params, caller }: ActionInvocation<BookingsContract['closeSlot']>) => {
  const slot = await findSlot(params.slotId);
  if (!slot) throw new ActionError('NOT_FOUND', '时段不存在');
  requireLeaderOf(await loadTeamStaff(caller), slot.teamId);
  if (slot.status === 'cancelled') throw new ActionError('SLOT_UNAVAILABLE', '该时段已取消');
  const closed = (await changeSlotStatus(slot._id, ['open'], 'closed')) ?? (await findSlot(slot._id)) ?? slot;
  return { slot: toSlot(closed) };
};
