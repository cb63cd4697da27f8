import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, db, PC, publishSlot, putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

/** Booking window, cancellation cut-off, slot close/cancel and the races, through the host and the real SDK. */
const CLINIC_LEADER = 'o-clinic-leader';

describe('bookings: rules and races (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'bookings'>;
  const slotDoc = async (slotId: string) => (await db().collection('slots').doc(slotId).get()).data[0];
  const bookingCount = async (slotId: string) => (await db().collection('bookings').where({ slotId, status: 'submitted' }).count()).total;

  beforeAll(async () => {
    local = await startTestLocal();
    call = functionClient(local, 'bookings');
    await putMember(CLINIC_LEADER, 'student', [{ teamId: 'team-computer-clinic', role: 'leader' }]);
  });
  afterAll(() => local?.dispose());

  it('opens booking 14 days ahead and closes it 2 h before the start', async () => {
    const far = await publishSlot(call, 'svc-car-wash', { days: 20 });
    expect(far).toMatchObject({ bookable: false });
    expect(await call('dev-teacher', 'book', { slotId: far.slotId, details: CAR })).toMatchObject({
      ok: false,
      code: 'BOOKING_NOT_OPEN',
      message: expect.stringMatching(/将于 \d{4}-\d{2}-\d{2} 00:00 开放预约/),
    });
    const soon = await publishSlot(call, 'svc-car-wash', { days: 2 });
    // time passes: the slot now starts in 1 hour
    const startAt = new Date(Date.now() + 60 * 60_000);
    await db()
      .collection('slots')
      .doc(soon.slotId)
      .update({ startAt, bookableUntil: new Date(startAt.getTime() - 120 * 60_000) });
    expect(await call('dev-teacher', 'book', { slotId: soon.slotId, details: CAR })).toMatchObject({ ok: false, code: 'BOOKING_CLOSED' });
  });

  it('checks the details kind, the audience, and closed or cancelled slots', async () => {
    const slot = await publishSlot(call, 'svc-car-wash', { capacity: 3 });
    expect(await call('dev-teacher', 'book', { slotId: slot.slotId, details: PC })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('车辆信息'),
    });
    expect(await call('dev-teacher', 'book', { slotId: slot.slotId, details: { ...CAR, plate: 'ABC' } })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await call('dev-teacher', 'book', { slotId: { $ne: null }, details: CAR })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    // car care is for staff; a student (and a guest) is told so
    expect(await call('dev-student', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({
      ok: false,
      code: 'SERVICE_NOT_FOR_YOU',
    });
    expect(await call('o-guest', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: false, code: 'SERVICE_NOT_FOR_YOU' });
    // the seat a refused caller touched is back
    expect(await slotDoc(slot.slotId)).toMatchObject({ remaining: 3, holders: [] });
    expect(await call('dev-teacher', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: true });

    expect(await call('dev-leader', 'closeSlot', { slotId: slot.slotId })).toMatchObject({
      ok: true,
      data: { slot: { status: 'closed' } },
    });
    expect(await call('dev-admin', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: false, code: 'SLOT_UNAVAILABLE' });
    expect(await call('dev-leader', 'cancelSlot', { slotId: slot.slotId })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await call('dev-leader', 'cancelSlot', { slotId: slot.slotId, reason: '工位检修' })).toMatchObject({
      ok: true,
      data: { slot: { status: 'cancelled', cancelReason: '工位检修' }, cancelledBookings: 1 },
    });
    const mine = await call('dev-teacher', 'mine', {});
    expect(mine.data.items.find((b: any) => b.slotId === slot.slotId)).toMatchObject({ status: 'cancelled' });
  });

  it('cancels until the cut-off, gives the seat back, re-books over the cancelled booking; leaders need a reason', async () => {
    const slot = await publishSlot(call, 'svc-car-tyre', { capacity: 1 });
    const booked = await call('dev-teacher', 'book', { slotId: slot.slotId, details: CAR });
    const bookingId = booked.data.bookingId;
    expect(await call('dev-admin', 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: false, code: 'SLOT_FULL' });
    expect(await call('dev-teacher', 'cancel', { bookingId, reason: '临时有课' })).toMatchObject({
      ok: true,
      data: { booking: { status: 'cancelled' } },
    });
    expect(await slotDoc(slot.slotId)).toMatchObject({ remaining: 1, holders: [] });
    expect(await call('dev-teacher', 'cancel', { bookingId })).toMatchObject({ ok: false, code: 'INVALID_TRANSITION' });

    const again = await call('dev-teacher', 'book', { slotId: slot.slotId, details: { ...CAR, colour: '黑色' } });
    expect(again).toMatchObject({ ok: true, data: { bookingId, booking: { status: 'submitted', details: { colour: '黑色' } } } });
    expect((await call('dev-teacher', 'getBooking', { bookingId })).data.booking.history.map((h: any) => h.to)).toEqual([
      'submitted',
      'cancelled',
      'submitted',
    ]);

    // the cut-off passes
    await db()
      .collection('bookings')
      .doc(bookingId)
      .update({ cancellableUntil: new Date(Date.now() - 1000) });
    expect(await call('dev-teacher', 'cancel', { bookingId })).toMatchObject({ ok: false, code: 'CANCEL_TOO_LATE' });
    expect(await call('dev-leader', 'cancel', { bookingId })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await call('dev-leader', 'cancel', { bookingId, reason: '车主联系不上' })).toMatchObject({
      ok: true,
      data: {
        booking: {
          status: 'cancelled',
          history: expect.arrayContaining([expect.objectContaining({ byRole: 'leader', reason: '车主联系不上' })]),
        },
      },
    });
    expect(await slotDoc(slot.slotId)).toMatchObject({ remaining: 1, holders: [] });
  });

  it('pages the booker’s bookings with a cursor', async () => {
    for (let i = 0; i < 3; i += 1) {
      const slot = await publishSlot(call, 'svc-pc-virus', { capacity: 1, days: 4 + i, as: CLINIC_LEADER });
      expect(await call('o-pager', 'book', { slotId: slot.slotId, details: PC })).toMatchObject({ ok: true });
    }
    const first = await call('o-pager', 'mine', { limit: 2 });
    expect(first.data.items).toHaveLength(2);
    const second = await call('o-pager', 'mine', { limit: 2, cursor: first.data.nextCursor });
    expect(second.data).toMatchObject({ nextCursor: null });
    expect(second.data.items).toHaveLength(1);
    expect(new Set([...first.data.items, ...second.data.items].map((b: any) => b.bookingId)).size).toBe(3);
  });

  it('200 distinct people tapping a slot of capacity 3 at once: exactly 3 bookings', async () => {
    const slot = await publishSlot(call, 'svc-pc-virus', { capacity: 3, as: CLINIC_LEADER });
    const people = Array.from({ length: 200 }, (_, i) => `o-race-${i}`);
    await Promise.all(people.map((openid) => local.login({ openid })));
    const replies = await Promise.all(people.map((openid) => call(openid, 'book', { slotId: slot.slotId, details: PC })));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(3);
    expect(replies.filter((reply) => !reply.ok).every((reply) => reply.code === 'SLOT_FULL')).toBe(true);
    expect(await bookingCount(slot.slotId)).toBe(3);
    const stored = await slotDoc(slot.slotId);
    expect(stored.remaining).toBe(0);
    expect(stored.holders.sort()).toEqual(
      replies
        .filter((r) => r.ok)
        .map((r) => r.data.booking.openid)
        .sort(),
    );
  });

  it('20 taps by one person on one slot at once: exactly 1 booking, the rest ALREADY_BOOKED', async () => {
    const slot = await publishSlot(call, 'svc-pc-virus', { capacity: 5, as: CLINIC_LEADER });
    const replies = await Promise.all(Array.from({ length: 20 }, () => call('o-impatient', 'book', { slotId: slot.slotId, details: PC })));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(replies.filter((reply) => !reply.ok).map((reply) => reply.code)).toEqual(Array(19).fill('ALREADY_BOOKED'));
    expect(await bookingCount(slot.slotId)).toBe(1);
    expect(await slotDoc(slot.slotId)).toMatchObject({ remaining: 4, holders: ['o-impatient'] });
  });
});
