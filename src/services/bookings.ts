import type { ParamsOf } from '@core/action-contract';
import type { BookingsContract } from '@core/bookings.contract';
import { callAction } from './cloud';

/** The `bookings` function: catalogue, slots, booking and the job workflow. */

type Params<A extends keyof BookingsContract> = ParamsOf<BookingsContract[A]>;

export const listServices = (params: Params<'listServices'> = {}) => callAction('bookings', 'listServices', params);

/** Leader: creates (no serviceId) or edits a service of their team; the full record is sent each time. */
export const saveService = (params: Params<'saveService'>) => callAction('bookings', 'saveService', params);

/** Slots of one service with seats left (default: today through 14 days ahead, Shanghai days). */
export const listSlots = (params: Params<'listSlots'>) => callAction('bookings', 'listSlots', params);
/** A leader's 时段 view: every slot of the service from today on, paged. */
export const serviceSlots = (params: Params<'serviceSlots'>) => callAction('bookings', 'serviceSlots', params);

/** Leader: one slot, or a weekly repeat through `repeatUntil`; already-published times come back in `skipped`. */
export const publishSlots = (params: Params<'publishSlots'>) => callAction('bookings', 'publishSlots', params);

/** Leader: stops new bookings in a slot; bookings already made stand. */
export const closeSlot = (slotId: string) => callAction('bookings', 'closeSlot', { slotId });

/** Leader: cancels the slot and its active bookings (the bookers are notified with the reason). */
export const cancelSlot = (params: Params<'cancelSlot'>) => callAction('bookings', 'cancelSlot', params);

/** Answers SLOT_FULL, ALREADY_BOOKED, BOOKING_NOT_OPEN, BOOKING_CLOSED… as envelopes. */
export const book = (params: Params<'book'>) => callAction('bookings', 'book', params);

export const cancelBooking = (params: Params<'cancel'>) => callAction('bookings', 'cancel', params);

export const myBookings = (params: Params<'mine'> = {}) => callAction('bookings', 'mine', params);

export const getBooking = (bookingId: string) => callAction('bookings', 'getBooking', { bookingId });

/** Volunteer 工单: `open` unassigned jobs of my teams, `mine` jobs assigned to me. */
export const listJobs = (scope: 'open' | 'mine') => callAction('bookings', 'jobs', { scope });

export const teamBookings = (params: Params<'teamBookings'>) => callAction('bookings', 'teamBookings', params);

export const teamVolunteers = (teamId: string) => callAction('bookings', 'teamVolunteers', { teamId });

export const assignVolunteer = (params: Params<'assign'>) => callAction('bookings', 'assign', params);

export const claimJob = (bookingId: string) => callAction('bookings', 'claim', { bookingId });

export const startJob = (params: Params<'start'>) => callAction('bookings', 'start', params);

export const closeJob = (params: Params<'close'>) => callAction('bookings', 'close', params);

export const markNoShow = (bookingId: string) => callAction('bookings', 'markNoShow', { bookingId });

export const confirmRecord = (bookingId: string) => callAction('bookings', 'confirmRecord', { bookingId });

export const rateBooking = (params: Params<'rate'>) => callAction('bookings', 'rate', params);
