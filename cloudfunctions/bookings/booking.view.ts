import type { BookableService, Booking, Slot } from '@core/booking.types';
import { windowState } from '@core/booking-window';
import type { BookingDocument } from './booking.repository';
import { jobStartOpensAt } from './job-start-window';
import type { ServiceDocument } from './service.repository';
import type { SlotDocument } from '../_lib/slot.repository';

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null);

export const toService = (service: ServiceDocument): BookableService => ({
  serviceId: service._id,
  teamId: service.teamId,
  name: service.name,
  description: service.description,
  durationMinutes: service.durationMinutes,
  place: service.place,
  bring: service.bring,
  audience: service.audience,
  detailsKind: service.detailsKind,
  window: service.window,
  active: service.active,
  order: service.order,
});

export const toSlot = (slot: SlotDocument, now = new Date()): Slot => ({
  slotId: slot._id,
  serviceId: slot.serviceId,
  teamId: slot.teamId,
  serviceName: slot.serviceName,
  detailsKind: slot.detailsKind,
  day: slot.day,
  startClock: slot.startClock,
  endClock: slot.endClock,
  startAt: iso(slot.startAt),
  endAt: iso(slot.endAt),
  place: slot.place,
  capacity: slot.capacity,
  remaining: slot.remaining,
  status: slot.status,
  bookableFrom: iso(slot.bookableFrom),
  bookableUntil: iso(slot.bookableUntil),
  bookable:
    slot.status === 'open' && slot.remaining > 0 && windowState(now, new Date(slot.bookableFrom), new Date(slot.bookableUntil)) === 'open',
  cancelReason: slot.cancelReason,
});

export const toBooking = (booking: BookingDocument): Booking => ({
  bookingId: booking._id,
  slotId: booking.slotId,
  serviceId: booking.serviceId,
  serviceName: booking.serviceName,
  teamId: booking.teamId,
  openid: booking.openid,
  bookerName: booking.bookerName,
  day: booking.day,
  startClock: booking.startClock,
  endClock: booking.endClock,
  startAt: iso(booking.startAt),
  endAt: iso(booking.endAt),
  place: booking.place,
  status: booking.status,
  details: booking.details,
  note: booking.note,
  photos: booking.photos ?? [],
  volunteer: booking.volunteer,
  history: (booking.history ?? []).map((entry) => ({ ...entry, at: iso(entry.at) })),
  record: booking.record
    ? {
        ...booking.record,
        overLengthReason: booking.record.overLengthReason ?? null,
        closedAt: iso(booking.record.closedAt),
        verifiedAt: isoOrNull(booking.record.verifiedAt),
      }
    : null,
  rating: booking.rating ? { ...booking.rating, at: iso(booking.rating.at) } : null,
  cancellableUntil: iso(booking.cancellableUntil),
  startOpensAt: jobStartOpensAt(booking.startAt).toISOString(),
  createdAt: iso(booking.createdAt),
  updatedAt: iso(booking.updatedAt),
});
