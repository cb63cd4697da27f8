import * as tcb from '@cloudbase/node-sdk';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, moveSlotSoon, publishSlot, putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { JPEG } from './invoke-function';

jest.setTimeout(60_000);

const storage = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });

/** Booking photos: the booker's own claimed uploads, readable by the booker and the serving team only. */
describe('bookings: photos (integration)', () => {
  let local: TestLocal;
  let bookings: FunctionCall<'bookings'>;
  let files: FunctionCall<'files'>;
  let sequence = 0;

  /** Uploads as the app does, then claims for booking-photo. */
  const photoOf = async (openid: string, claim = true) => {
    sequence += 1;
    const { fileID } = await storage().uploadFile({ cloudPath: `uploads/${openid}/photo-${sequence}.jpg`, fileContent: JPEG });
    if (claim) expect(await files(openid, 'claim', { fileId: fileID, purpose: 'booking-photo' })).toMatchObject({ ok: true });
    return fileID;
  };
  const tempUrlOk = async (openid: string, fileId: string) => (await files(openid, 'tempUrl', { fileIds: [fileId] })).data.files[0].ok;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    bookings = functionClient(local, 'bookings');
    files = functionClient(local, 'files');
    await putMember('o-photo-clinic-volunteer', 'student', [{ teamId: 'team-computer-clinic', role: 'volunteer' }]);
    await putMember('o-photo-other-teacher', 'teacher');
  });
  afterAll(() => local?.dispose());

  it('refuses photos that are not the booker’s claimed uploads, and more than 3', async () => {
    const slot = await publishSlot(bookings, 'svc-car-wash');
    const unclaimed = await photoOf('dev-teacher', false);
    const theirs = await photoOf('dev-student');
    for (const photos of [[unclaimed], [theirs]]) {
      expect(await bookings('dev-teacher', 'book', { slotId: slot.slotId, details: CAR, photos })).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
      });
    }
    const four = await Promise.all([1, 2, 3, 4].map(() => photoOf('dev-teacher')));
    expect(await bookings('dev-teacher', 'book', { slotId: slot.slotId, details: CAR, photos: four })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    // No seat was held by the refusals.
    const listed = await bookings('dev-teacher', 'listSlots', { serviceId: 'svc-car-wash' });
    expect(listed.data.slots.find((s) => s.slotId === slot.slotId)?.remaining).toBe(2);
  });

  it('booker ✓, volunteer of the team ✓, volunteer of another team ✗, other teacher ✗ — and the after-photo too', async () => {
    const slot = await publishSlot(bookings, 'svc-car-wash');
    const photos = [await photoOf('dev-teacher'), await photoOf('dev-teacher')];
    // Before a booking shares them, the team has no access.
    expect(await tempUrlOk('dev-student', photos[0])).toBe(false);

    const booked = await bookings('dev-teacher', 'book', { slotId: slot.slotId, details: CAR, photos });
    expect(booked).toMatchObject({ ok: true, data: { booking: { photos } } });
    const bookingId = booked.data.bookingId as string;

    for (const [who, allowed] of [
      ['dev-teacher', true],
      ['dev-student', true],
      ['dev-leader', true],
      ['o-photo-clinic-volunteer', false],
      ['o-photo-other-teacher', false],
    ] as const) {
      const reply = await bookings(who, 'getBooking', { bookingId });
      if (allowed) expect(Object.keys(reply.data.photoUrls).sort()).toEqual([...photos].sort());
      else expect(reply).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await tempUrlOk(who, photos[0])).toBe(allowed);
    }

    await bookings('dev-leader', 'assign', { bookingId, volunteerOpenid: 'dev-student' });
    await moveSlotSoon(bookingId);
    await bookings('dev-student', 'start', { bookingId });
    const closeWith = (afterPhoto: string) =>
      bookings('dev-student', 'close', { bookingId, summary: '洗车完成', afterPhoto, minutes: [{ openid: 'dev-student', minutes: 30 }] });
    // Someone else's upload cannot be the after-photo.
    expect(await closeWith(await photoOf('dev-leader'))).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const after = await photoOf('dev-student');
    expect(await closeWith(after)).toMatchObject({ ok: true, data: { booking: { status: 'done', record: { afterPhoto: after } } } });

    const asBooker = await bookings('dev-teacher', 'getBooking', { bookingId });
    expect(Object.keys(asBooker.data.photoUrls)).toContain(after);
    for (const [who, allowed] of [
      ['dev-teacher', true],
      ['dev-leader', true],
      ['o-photo-clinic-volunteer', false],
      ['o-photo-other-teacher', false],
    ] as const) {
      expect(await tempUrlOk(who, after)).toBe(allowed);
    }
  });
});
