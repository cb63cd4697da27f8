import type { Envelope } from '@core/envelope';
import type { BookableService, Slot } from '@core/booking.types';
import { listServices, listSlots } from '@/services/bookings';

export interface ServiceWithSlots {
  service: BookableService;
  /** Today through the booking horizon, in time order. */
  slots: Slot[];
}

/** The catalogue is a handful of rows, so the service comes from the list rather than its own action. */
export async function loadService(serviceId: string): Promise<Envelope<ServiceWithSlots>> {
  const [services, slots] = await Promise.all([listServices(), listSlots({ serviceId })]);
  if (!services.ok) return services;
  if (!slots.ok) return slots;
  const service = services.data.services.find((entry) => entry.serviceId === serviceId);
  if (!service) return { ok: false, code: 'NOT_FOUND', message: '该服务不存在或已下架' };
  const sorted = [...slots.data.slots].sort((a, b) => a.startAt.localeCompare(b.startAt));
  return { ok: true, data: { service, slots: sorted } };
}
