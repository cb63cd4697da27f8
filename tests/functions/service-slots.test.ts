import type { Slot } from '@core/booking.types';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { dayAhead, db, putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(90_000);

const CLINIC_LEADER = 'o-clinic-leader-slots';
const WEEKS = 26;

/** The leader's 时段 view lists every published slot, not just the 14-day booking horizon. */
describe('bookings.serviceSlots (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'bookings'>;

  beforeAll(async () => {
    local = await startTestLocal();
    call = functionClient(local, 'bookings');
    await putMember(CLINIC_LEADER, 'student', [{ teamId: 'team-computer-clinic', role: 'leader' }]);
  });
  afterAll(() => local?.dispose());

  const allPages = async (limit: number) => {
    const pages: Slot[][] = [];
    let cursor: string | undefined;
    do {
      const reply = await call('dev-leader', 'serviceSlots', { serviceId: 'svc-car-wash', limit, ...(cursor ? { cursor } : {}) });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      pages.push(reply.data.items);
      cursor = reply.data.nextCursor ?? undefined;
    } while (cursor);
    return pages;
  };

  it('pages through a 26-week series the booking calendar shows only two weeks of, soonest first, from today', async () => {
    const published = await call('dev-leader', 'publishSlots', {
      serviceId: 'svc-car-wash',
      day: dayAhead(1),
      start: '06:10',
      end: '06:50',
      capacity: 2,
      repeatUntil: dayAhead(1 + (WEEKS - 1) * 7),
    });
    expect(published).toMatchObject({ ok: true, data: { skipped: [] } });
    const ours = (slots: Slot[]) => slots.filter((slot) => slot.startClock === '06:10');
    expect(ours(published.data.slots)).toHaveLength(WEEKS);

    const calendar = await call('dev-leader', 'listSlots', { serviceId: 'svc-car-wash' });
    expect(ours(calendar.data.slots).length).toBeLessThanOrEqual(3);

    const pages = await allPages(7);
    expect(pages.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    const listed = pages.flat();
    expect(ours(listed).map((slot) => slot.day)).toEqual(ours(published.data.slots).map((slot) => slot.day));
    const starts = listed.map((slot) => Date.parse(slot.startAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(listed.map((slot) => slot.slotId)).size).toBe(listed.length);

    // A slot that began before today has left the view; one cancelled today stays, marked.
    const [first, second] = ours(published.data.slots);
    await db()
      .collection('slots')
      .doc(first.slotId)
      .update({ startAt: new Date(Date.now() - 3 * 86_400_000), endAt: new Date(Date.now() - 3 * 86_400_000 + 40 * 60_000) });
    expect(await call('dev-leader', 'cancelSlot', { slotId: second.slotId, reason: '设备检修' })).toMatchObject({ ok: true });
    const after = ours((await allPages(50)).flat());
    expect(after.map((slot) => slot.slotId)).not.toContain(first.slotId);
    expect(after.find((slot) => slot.slotId === second.slotId)).toMatchObject({ status: 'cancelled' });
    expect(after).toHaveLength(WEEKS - 1);
  });

  it('refuses a leader of another team, an unknown service and a forged cursor', async () => {
    expect(await call(CLINIC_LEADER, 'serviceSlots', { serviceId: 'svc-car-wash' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('dev-leader', 'serviceSlots', { serviceId: 'svc-none' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('dev-leader', 'serviceSlots', { serviceId: 'svc-car-wash', cursor: 'bm90LWEtY3Vyc29y' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});
