import type { Envelope } from '@core/envelope';
import type { Slot } from '@core/booking.types';
import { listSlots } from '@/services/bookings';

/** The chosen slot, fresh: seats may have gone since the picker was drawn. */
export async function loadSlot(serviceId: string, slotId: string, day: string): Promise<Envelope<Slot>> {
  const reply = await listSlots({ serviceId, from: day, to: day });
  if (!reply.ok) return reply;
  const slot = reply.data.slots.find((entry) => entry.slotId === slotId);
  if (!slot) return { ok: false, code: 'NOT_FOUND', message: '该时段不存在或已取消，请重新选择' };
  return { ok: true, data: slot };
}
