import { main as activities } from '../../cloudfunctions/activities';
import { main as bookings } from '../../cloudfunctions/bookings';
import { main as notices } from '../../cloudfunctions/notices';
import { main as qa } from '../../cloudfunctions/qa';
import { main as users } from '../../cloudfunctions/users';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { activityFields } from './activities-fixtures';
import { CAR, dayAhead } from './bookings-fixtures';
import { invokerOf } from './invoke-function';
import { startWireCounter, type WireCounter } from './wire-counter';

jest.setTimeout(60_000);

describe('one read of the caller per invocation', () => {
  let local: TestLocal;
  let counter: WireCounter;
  const call = {
    users: invokerOf('users', users),
    bookings: invokerOf('bookings', bookings),
    activities: invokerOf('activities', activities),
    notices: invokerOf('notices', notices),
    qa: invokerOf('qa', qa),
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    // From here on every function this process calls talks to the emulator through the counter.
    counter = await startWireCounter();
  });
  afterAll(async () => {
    await counter?.close();
    await local?.dispose();
  });

  const publishSlot = (start: string) =>
    call.bookings('dev-leader', {
      action: 'publishSlots',
      serviceId: 'svc-car-wash',
      day: dayAhead(4),
      start,
      end: start.replace(/^(\d\d)/, (hour) => String(Number(hour) + 1).padStart(2, '0')),
      capacity: 3,
    });

  const cases: [string, () => Promise<unknown>][] = [
    ['users.whoami', () => call.users('dev-student', { action: 'whoami' })],
    ['users.login', () => call.users('dev-student', { action: 'login', name: '张同学' })],
    ['users.myMembership', () => call.users('dev-student', { action: 'myMembership' })],
    ['users.getMember (self)', () => call.users('dev-student', { action: 'getMember', openid: 'dev-student' })],
    ['bookings.publishSlots', () => publishSlot('09:10')],
    ['bookings.teamBookings', () => call.bookings('dev-leader', { action: 'teamBookings', teamId: 'team-car-care' })],
    ['activities.create', () => call.activities('dev-leader', { action: 'create', ...activityFields(), teamId: 'team-car-care' })],
    ['notices.feed', () => call.notices('dev-student', { action: 'feed' })],
    ['notices.unreadCount', () => call.notices('dev-student', { action: 'unreadCount' })],
    ['qa.ask', () => call.qa('dev-teacher', { action: 'ask', title: '雨刮器有异响怎么办', body: '', tags: ['保养'] })],
  ];

  it.each(cases)('%s reads the users collection at most once', async (_name, run) => {
    const { reads, reply } = await counter.usersReadsOf(run);
    expect(reply).toMatchObject({ ok: true });
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(1);
  });

  it('bookings.book reads the booker once, for audience and name', async () => {
    const slotId = (await publishSlot('10:20')).data.slots[0].slotId as string;
    const { reads, reply } = await counter.usersReadsOf(() => call.bookings('dev-teacher', { action: 'book', slotId, details: CAR }));
    expect(reply).toMatchObject({ ok: true, data: { booking: { bookerName: '李老师' } } });
    expect(reads).toBe(1);
  });

  it('bookings.book takes its seat in two round trips: seat with the caller read, then the booking', async () => {
    const slotId = (await publishSlot('11:30')).data.slots[0].slotId as string;
    const { requests, roundTrips, reply } = await counter.trafficOf(() =>
      call.bookings('dev-teacher', { action: 'book', slotId, details: CAR }),
    );
    expect(reply).toMatchObject({ ok: true, data: { booking: { slotId, status: 'submitted' } } });
    // seat update, users read, booking insert
    expect(requests).toBe(3);
    expect(roundTrips).toBeLessThanOrEqual(2);
  });
});
