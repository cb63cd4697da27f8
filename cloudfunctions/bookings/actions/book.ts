import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation, Caller } from '../../_lib/define-function';
import { requireBookingPhotos, shareBookingPhotos } from '../booking-photos';
import { bookingIdOf, insertBooking, reuseCancelledBooking, type BookingDocument } from '../booking.repository';
import { toBooking } from '../booking.view';
import { explainRefusal } from '../book-refusal';
import { believedFull, noteFull, noteSeatTaken } from '../full-slot-hint';
import { releaseSeat, takeSeat, type SlotDocument } from '../../_lib/slot.repository';
import { audiencesOf } from '../team-access';

/** A freed seat between our refused update and our read is the only reason to try again. */
const SEAT_ATTEMPTS = 3;

/**
 * Two database round trips on the happy path: the seat's conditional update (which also returns
 * the slot) and the caller's user document (audience and name) travel together, then the booking
 * insert with its deterministic id. A refusal (full, already booked, closed, outside the window)
 * costs one read after the seat update to explain it; on a slot this instance just saw full, the
 * user read waits for the seat instead (full-slot-hint.ts), so a burst of refusals costs 2
 * requests each. The seat is settled before the booking, so a crash can only leave a seat held
 * without a booking (repairable), never a booking without a seat (an overbooked slot). Every
 * failure after the seat — user read, audience, insert — gives it back. Photos add a read
 * (ownership) and a write (the team's read grant). An archived team's slots are closed when it is
 * archived, so the seat update itself refuses them.
 */
export const book = async ({ params, caller }: ActionInvocation<BookingsContract['book']>) => {
  // Photos are checked before the seat, so a bad fileID never churns a seat.
  await requireBookingPhotos(params.photos, caller.openid);
  const rule = { detailsKind: params.details.kind, now: new Date() };

  const slot = believedFull(params.slotId)
    ? await settleSeat(params.slotId, caller.openid, rule)
    : await seatWithCaller(params.slotId, caller, rule);

  try {
    const user = await caller.user();
    const audiences = audiencesOf(user);
    if (!slot.audience.some((audience) => audiences.includes(audience))) throw new ActionError('SERVICE_NOT_FOR_YOU');
    await shareBookingPhotos(params.photos, caller.openid, slot.teamId);
    const booking = newBooking(slot, caller.openid, user?.name ?? '', params, rule.now);
    if ((await insertBooking(booking)) === 'exists' && !(await reuseCancelledBooking(booking))) {
      // An active booking without a seat cannot come from this code; refuse rather than double it.
      throw new ActionError('ALREADY_BOOKED');
    }
    return { bookingId: booking._id, booking: toBooking(booking) };
  } catch (error) {
    await giveSeatBack(slot._id, caller.openid);
    throw error;
  }
};

type SeatRule = { detailsKind: SlotDocument['detailsKind']; now: Date };

/** The seat, or the reason there is none; a seat freed between our refused update and our read is retried. */
const settleSeat = async (slotId: string, openid: string, rule: SeatRule): Promise<SlotDocument> => {
  for (let attempt = 1; ; attempt += 1) {
    const slot = await takeSeat(slotId, openid, rule);
    if (slot) return (noteSeatTaken(slotId), slot);
    const refusal = await explainRefusal(slotId, openid, rule);
    if (refusal?.code === 'SLOT_FULL') noteFull(slotId);
    if (refusal) throw refusal;
    if (attempt >= SEAT_ATTEMPTS) throw new ActionError('CONFLICT');
  }
};

/**
 * The seat with the caller's user read beside it, so the booking needs one more round trip only.
 * A seat taken when the user read fails is given back by the caller's catch (it reads again there).
 */
const seatWithCaller = async (slotId: string, caller: Caller, rule: SeatRule): Promise<SlotDocument> => {
  const [seat] = await Promise.allSettled([settleSeat(slotId, caller.openid, rule), caller.user()]);
  if (seat.status === 'rejected') throw seat.reason;
  return seat.value;
};

const giveSeatBack = async (slotId: string, openid: string) => {
  try {
    await releaseSeat(slotId, openid);
  } catch (error) {
    // Logged for the repair sweep: the slot shows one seat fewer than it has until then.
    console.error(`[bookings.book] seat of ${openid} in ${slotId} not released`, error);
  }
};

const newBooking = (
  slot: SlotDocument,
  openid: string,
  bookerName: string,
  params: ActionInvocation<BookingsContract['book']>['params'],
  now: Date,
): BookingDocument => {
  const startAt = new Date(slot.startAt);
  return {
    _id: bookingIdOf(slot._id, openid),
    slotId: slot._id,
    serviceId: slot.serviceId,
    serviceName: slot.serviceName,
    teamId: slot.teamId,
    detailsKind: slot.detailsKind,
    openid,
    bookerName,
    day: slot.day,
    startClock: slot.startClock,
    endClock: slot.endClock,
    startAt,
    endAt: new Date(slot.endAt),
    place: slot.place,
    status: 'submitted',
    details: params.details,
    note: params.note,
    photos: params.photos,
    volunteer: null,
    history: [{ from: null, to: 'submitted', by: openid, byRole: 'booker', at: now, reason: null }],
    record: null,
    rating: null,
    cancellableUntil: new Date(startAt.getTime() - slot.cancelCutoffMinutes * 60_000),
    cancelReason: null,
    remindedBookerAt: null,
    remindedVolunteerAt: null,
    createdAt: now,
    updatedAt: now,
  };
};
