import { run } from '../../bench/booking.bench';

jest.setTimeout(120_000);

/** The booking benchmark at a small size: figures are not asserted, correctness is. */
it('runs the booking benchmark without overbooking or double booking a slot', async () => {
  const result = await run(120);
  expect(result).toMatchObject({ attempts: 120, booked: 50, overbooked: 0, double_booked: 0, stored_bookings: 50, seat_mismatch: 0 });
  expect(result.refusals).toEqual({ SLOT_FULL: 70 });
  // three requests for a refusal (seat with the caller read, then the explaining read) or a booking (seat with the caller read, then the insert)
  expect(result.round_trips_per_booking).toBeLessThanOrEqual(3);
});
