import { bookingsContract } from '@core/bookings.contract';
import { defineFunction } from '../_lib/define-function';
import { assign } from './actions/assign';
import { book } from './actions/book';
import { cancelSlot } from './actions/cancel-slot';
import { cancel } from './actions/cancel';
import { claim } from './actions/claim';
import { close } from './actions/close';
import { closeSlot } from './actions/close-slot';
import { confirmRecord } from './actions/confirm-record';
import { getBooking } from './actions/get-booking';
import { jobs } from './actions/jobs';
import { listServices } from './actions/list-services';
import { listSlots } from './actions/list-slots';
import { markNoShow } from './actions/mark-no-show';
import { mine } from './actions/mine';
import { publishSlots } from './actions/publish-slots';
import { rate } from './actions/rate';
import { remindBookings } from './timers/remind-bookings';
import { returnHeldSeats } from './timers/return-held-seats';
import { saveService } from './actions/save-service';
import { serviceSlots } from './actions/service-slots';
import { start } from './actions/start';
import { teamBookings } from './actions/team-bookings';
import { teamVolunteers } from './actions/team-volunteers';

/** `bookings`: the service catalogue, slots, booking without overbooking, the job workflow to verified hours, slot reminders and the sweep that gives back seats a crash left held. */
export const bookingsFunction = defineFunction({
  name: 'bookings',
  contract: bookingsContract,
  handlers: {
    listServices,
    saveService,
    publishSlots,
    listSlots,
    serviceSlots,
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
  timers: { remindBookings, returnHeldSeats },
});

export const main = bookingsFunction.main;
