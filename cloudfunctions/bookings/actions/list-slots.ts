import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { toSlot } from '../booking.view';
import { dayRange } from '../day-range';
import { listSlotsOfService } from '../../_lib/slot.repository';

export const listSlots = async ({ params }: ActionInvocation<BookingsContract['listSlots']>) => {
  const now = new Date();
  const range = dayRange(params.from, params.to, now);
  const slots = await listSlotsOfService(params.serviceId, range.from, range.to);
  return { slots: slots.map((slot) => toSlot(slot, now)) };
};
