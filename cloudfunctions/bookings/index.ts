import { bookingsContract } from '@core/bookings.contract';
import { defineFunction } from '../_lib/define-function';
import { assign } from './assign.handler';
import { book } from './book.handler';
import { cancelSlot } from './cancel-slot.handler';
import { cancel } from './cancel.handler';
import { claim } from './claim.handler';
import { close } from './close.handler';
import { closeSlot } from './close-slot.handler';
import { confirmRecord } from './confirm-record.handler';
import { getBooking } from './get-booking.handler';
import { jobs } from './jobs.handler';
import { listServices } from './list-services.handler';
import { listSlots } from './list-slots.handler';
import { markNoShow } from './mark-no-show.handler';
import { mine } from './mine.handler';
import { publishSlots } from './publish-slots.handler';
import { rate } from './rate.handler';
import { remindBookings } from './remind-bookings.timer';
import { saveService } from './save-service.handler';
import { start } from './start.handler';
import { teamBookings } from './team-bookings.handler';
import { teamVolunteers } from './team-volunteers.handler';

/** `bookings`: the service catalogue, slots, booking without overbooking, the job workflow to verified hours, and slot reminders. */
export const bookingsFunction = defineFunction({
  name: 'bookings',
  contract: bookingsContract,
  handlers: {
    listServices,
    saveService,
    publishSlots,
    listSlots,
    closeSlot,
    cancelSlot,
    book,
    cancel,
    mine,
    getBooking,
    jobs,
    teamBookings,
    teamVolunteers,
    assign,
    claim,
    start,
    close,
    markNoShow,
    confirmRecord,
    rate,
  },
  timers: { remindBookings },
});

export const main = bookingsFunction.main;
