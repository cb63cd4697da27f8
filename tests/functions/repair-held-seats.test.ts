import { main as bookingsMain } from '../../cloudfunctions/bookings/index';
import { moveBooking, requireBooking } from '../../cloudfunctions/bookings/booking-transition';
import { pageOpenSlots, takeSeat } from '../../cloudfunctions/_lib/slot.repository';
import { SEAT_SETTLE_MS } from '../../cloudfunctions/bookings/timers/return-held-seats';
import { walkResumably } from '../../cloudfunctions/_lib/repair/resumable-walk';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, db, publishSlot, putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

/** One tick of `returnHeldSeats` as the platform sends it (no caller), at `time`. */
const tickAt = async (time: Date) => {
  const reply = await bookingsMain({ Type: 'Timer', TriggerName: 'returnHeldSeats', Time: time.toISOString() }, {});
  if (!reply.ok) throw new Error(`returnHeldSeats failed: ${reply.code} ${reply.message}`);
  return reply.data as { returnedSeats: number; visited: number; passFinished: boolean };
};
const later = (ms: number) => new Date(Date.now() + ms);

/**
 * The seat sweep, tested by the crashes it repairs: `book` takes the seat, then inserts the
 * booking; `cancel` cancels, then releases the seat. Each crash is the first write done through the
 * real code's own function and the second skipped.
 */
describe('bookings: returnHeldSeats repairs seats a crash left held (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'bookings'>;
  const slotDoc = async (slotId: string) => (await db().collection('slots').doc(slotId).get()).data[0];
  const seatsShown = async (slotId: string) => {
    const reply = await call('o-seat-kept', 'getBooking', { bookingId: `${slotId}:o-seat-kept` });
    expect(reply).toMatchObject({ ok: true });
    return (await slotDoc(slotId)).remaining as number;
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'bookings');
    for (const openid of ['o-seat-crash', 'o-seat-cancel', 'o-seat-kept']) await putMember(openid, 'teacher');
  });
  afterAll(() => local?.dispose());

  it('gives back a seat held with no booking and one held by a cancelled booking, once, and leaves real bookings alone', async () => {
    const slot = await publishSlot(call, 'svc-car-wash', { capacity: 3 });
    expect(await call('o-seat-kept', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: true });
    // book crashed after its seat: the seat is taken, the booking never written
    expect(await takeSeat(slot.slotId, 'o-seat-crash', { detailsKind: 'car', now: new Date() })).not.toBeNull();
    // cancel crashed after the booking was cancelled: the seat was never released
    const booked = await call('o-seat-cancel', 'book', { slotId: slot.slotId, details: CAR });
    const cancelled = await moveBooking(await requireBooking(booked.data.bookingId), 'cancelByBooker', {
      openid: 'o-seat-cancel',
      role: 'booker',
    });
    expect(cancelled.status).toBe('cancelled');

    // What a user notices: the slot is full, and neither of them can book it.
    expect(await seatsShown(slot.slotId)).toBe(0);
    expect(await call('o-seat-crash', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: false, code: 'ALREADY_BOOKED' });
    expect(await call('o-seat-cancel', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: false, code: 'ALREADY_BOOKED' });

    // Seats moved moments ago may belong to a book still running: left alone.
    expect((await tickAt(new Date())).returnedSeats).toBe(0);
    expect(await seatsShown(slot.slotId)).toBe(0);

    const repaired = await tickAt(later(SEAT_SETTLE_MS + 60_000));
    expect(repaired).toMatchObject({ returnedSeats: 2, passFinished: true });
    expect(await slotDoc(slot.slotId)).toMatchObject({ remaining: 2, holders: ['o-seat-kept'] });

    // Idempotent: the next tick finds nothing and changes nothing.
    const settled = await slotDoc(slot.slotId);
    expect((await tickAt(later(SEAT_SETTLE_MS + 120_000))).returnedSeats).toBe(0);
    expect(await slotDoc(slot.slotId)).toEqual(settled);

    // Both can book again, and the kept booking still holds its seat.
    expect(await call('o-seat-crash', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: true });
    expect(await call('o-seat-cancel', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: true });
    expect(await slotDoc(slot.slotId)).toMatchObject({ remaining: 0 });
    expect((await call('o-seat-kept', 'getBooking', { bookingId: `${slot.slotId}:o-seat-kept` })).data.booking.status).toBe('submitted');
  });

  it('a walk killed mid-way goes on from the last page it finished', async () => {
    for (let i = 0; i < 3; i += 1) await publishSlot(call, 'svc-car-wash', { capacity: 1, days: 4 });
    const now = new Date();
    const everySlot: string[] = [];
    await walkResumably('test.everySlot', {
      readPage: (cursor) => pageOpenSlots(now, cursor, 1),
      repair: async (rows) => void everySlot.push(...rows.map((row) => row._id)),
      pagesPerTick: 1000,
      now,
    });
    expect(everySlot.length).toBeGreaterThanOrEqual(4);

    const seen: string[] = [];
    const crashingOnThird = walkResumably('test.resume', {
      readPage: (cursor) => pageOpenSlots(now, cursor, 1),
      repair: async (rows) => {
        if (seen.length === 2) throw new Error('killed');
        seen.push(...rows.map((row) => row._id));
      },
      pagesPerTick: 1000,
      now,
    });
    await expect(crashingOnThird).rejects.toThrow('killed');
    const resumed = await walkResumably('test.resume', {
      readPage: (cursor) => pageOpenSlots(now, cursor, 1),
      repair: async (rows) => void seen.push(...rows.map((row) => row._id)),
      pagesPerTick: 1000,
      now,
    });
    expect(resumed.passFinished).toBe(true);
    expect(seen).toEqual(everySlot);
  });
});
