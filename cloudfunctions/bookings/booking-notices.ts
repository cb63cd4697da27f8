import type { BookingDocument } from './booking.repository';
import type { SlotDocument } from './slot.repository';

/**
 * What the booker (and volunteer) hear about. Delivery goes through the platform's `notify`
 * (issue 5); until it lands these are the seams the workflow already calls, so wiring it in
 * touches this file only. Never throws: a failed message must not undo a committed change.
 */
export type BookingChange = 'confirmed' | 'cancelledByLeader' | 'slotCancelled' | 'done';

export const notifyBookingChange = async (_booking: BookingDocument, _change: BookingChange, _reason?: string | null): Promise<void> => {};

export const notifySlotCancelled = async (_slot: SlotDocument, bookings: BookingDocument[], reason: string): Promise<void> => {
  await Promise.all(bookings.map((booking) => notifyBookingChange(booking, 'slotCancelled', reason)));
};
