import type { ParamsOf } from '@core/action-contract';
import type { BookableService, Booking, BookingsContract, Slot, TeamVolunteer } from '@core/bookings.contract';
import type { Page } from '@core/page.schema';
import { callFunction } from './cloud';

/** The `bookings` function: catalogue, slots, booking and the job workflow. */

type Params<A extends keyof BookingsContract> = ParamsOf<BookingsContract[A]>;
type BookingReply = { booking: Booking };

export const listServices = (params: Params<'listServices'> = {}) =>
  callFunction<{ services: BookableService[] }>('bookings', 'listServices', params);

/** Leader: creates (no serviceId) or edits a service of their team; the full record is sent each time. */
export const saveService = (params: Params<'saveService'>) => callFunction<{ service: BookableService }>('bookings', 'saveService', params);

/** Slots of one service with seats left (default: today through 14 days ahead, Shanghai days). */
export const listSlots = (params: Params<'listSlots'>) => callFunction<{ slots: Slot[] }>('bookings', 'listSlots', params);

/** Leader: one slot, or a weekly repeat through `repeatUntil`; already-published times come back in `skipped`. */
export const publishSlots = (params: Params<'publishSlots'>) =>
  callFunction<{ slots: Slot[]; skipped: string[] }>('bookings', 'publishSlots', params);

/** Leader: stops new bookings in a slot; bookings already made stand. */
export const closeSlot = (slotId: string) => callFunction<{ slot: Slot }>('bookings', 'closeSlot', { slotId });

/** Leader: cancels the slot and its active bookings (the bookers are notified with the reason). */
export const cancelSlot = (params: Params<'cancelSlot'>) =>
  callFunction<{ slot: Slot; cancelledBookings: number }>('bookings', 'cancelSlot', params);

/** Answers SLOT_FULL, ALREADY_BOOKED, BOOKING_NOT_OPEN, BOOKING_CLOSED… as envelopes. */
export const book = (params: Params<'book'>) => callFunction<{ bookingId: string; booking: Booking }>('bookings', 'book', params);

export const cancelBooking = (params: Params<'cancel'>) => callFunction<BookingReply>('bookings', 'cancel', params);

export const myBookings = (params: Params<'mine'> = {}) => callFunction<Page<Booking>>('bookings', 'mine', params);

export const getBooking = (bookingId: string) =>
  callFunction<{ booking: Booking; photoUrls: Record<string, string> }>('bookings', 'getBooking', { bookingId });

/** Volunteer 工单: `open` unassigned jobs of my teams, `mine` jobs assigned to me. */
export const listJobs = (scope: 'open' | 'mine') => callFunction<{ bookings: Booking[] }>('bookings', 'jobs', { scope });

export const teamBookings = (params: Params<'teamBookings'>) => callFunction<{ bookings: Booking[] }>('bookings', 'teamBookings', params);

export const teamVolunteers = (teamId: string) => callFunction<{ volunteers: TeamVolunteer[] }>('bookings', 'teamVolunteers', { teamId });

export const assignVolunteer = (params: Params<'assign'>) => callFunction<BookingReply>('bookings', 'assign', params);

export const claimJob = (bookingId: string) => callFunction<BookingReply>('bookings', 'claim', { bookingId });

export const startJob = (bookingId: string) => callFunction<BookingReply>('bookings', 'start', { bookingId });

export const closeJob = (params: Params<'close'>) => callFunction<BookingReply>('bookings', 'close', params);

export const markNoShow = (bookingId: string) => callFunction<BookingReply>('bookings', 'markNoShow', { bookingId });

export const confirmRecord = (bookingId: string) =>
  callFunction<{ booking: Booking; credited: number }>('bookings', 'confirmRecord', { bookingId });

export const rateBooking = (params: Params<'rate'>) => callFunction<BookingReply>('bookings', 'rate', params);
