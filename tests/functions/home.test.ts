import { main as activities } from '../../cloudfunctions/activities';
import { main as bookings } from '../../cloudfunctions/bookings';
import { main as messages } from '../../cloudfunctions/messages';
import { main as notices } from '../../cloudfunctions/notices';
import { main as qa } from '../../cloudfunctions/qa';
import { main as records } from '../../cloudfunctions/records';
import { main as users } from '../../cloudfunctions/users';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { activityFields, minutesFromNow } from './activities-fixtures';
import { CAR, dayAhead, db, putMember } from './bookings-fixtures';
import { invokerOf } from './invoke-function';
import { notice } from './notices-fixtures';
import { putActivity, putAttendance } from './records-fixtures';
import { studentApplication } from './users-fixtures';
import { startWireCounter } from './wire-counter';

jest.setTimeout(90_000);

/** 首页 per persona: what each one sees, through the real functions, and what one load costs on the wire. */
describe('users.home', () => {
  let local: TestLocal;
  let counter: Awaited<ReturnType<typeof startWireCounter>>;
  const call = {
    users: invokerOf('users', users),
    bookings: invokerOf('bookings', bookings),
    activities: invokerOf('activities', activities),
    notices: invokerOf('notices', notices),
    qa: invokerOf('qa', qa),
    records: invokerOf('records', records),
    messages: invokerOf('messages', messages),
  };
  const home = (openid: string) => counter.trafficOf(() => call.users(openid, { action: 'home' }));
  let bookingId: string;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    // From here on every function this process calls talks to the emulator through the counter.
    counter = await startWireCounter();

    // 李老师 books a car wash in four days; nobody has taken it yet.
    const slot = await call.bookings('dev-leader', {
      action: 'publishSlots',
      serviceId: 'svc-car-wash',
      day: dayAhead(4),
      start: '09:00',
      end: '10:00',
      capacity: 2,
    });
    const booked = await call.bookings('dev-teacher', { action: 'book', slotId: slot.data.slots[0].slotId, details: CAR });
    bookingId = booked.data.booking.bookingId;
  });
  afterAll(async () => {
    await counter?.close();
    await local?.dispose();
  });

  it('李老师 sees her next booking, and a new answer to her question until she reads it', async () => {
    const asked = await call.qa('dev-teacher', { action: 'ask', title: '冬天胎压灯总是亮怎么办', body: '', tags: ['保养'] });
    await call.qa('dev-student', { action: 'answer', questionId: asked.data.questionId, body: '气温低胎压会降，补到标准值即可' });

    const { reply, roundTrips } = await home('dev-teacher');
    expect(reply).toMatchObject({
      ok: true,
      data: {
        name: '李老师',
        nextBooking: { bookingId, serviceName: '洗车', status: 'submitted', day: dayAhead(4), startClock: '09:00' },
        answers: {
          count: 1,
          more: false,
          // The card opens the question that was answered.
          items: [
            {
              title: '你的问题有了新回答',
              body: expect.stringContaining('冬天胎压灯总是亮怎么办'),
              page: `packages/qa/question/index?id=${asked.data.questionId}`,
            },
          ],
        },
        leader: null,
        admin: null,
      },
    });
    expect(roundTrips).toBeLessThanOrEqual(4);

    await call.messages('dev-teacher', { action: 'markRead', all: true });
    expect((await home('dev-teacher')).reply.data.answers).toEqual({ count: 0, more: false, items: [] });
  });

  it('张同学 sees the activity she signed up for with 扫码签到 while its check-in is open, and her unread notices', async () => {
    const created = await call.activities('dev-admin', { action: 'create', ...activityFields({ title: '首页测试义诊' }) });
    const activityId = created.data.activity.activityId;
    await call.activities('dev-student', { action: 'signUp', activityId });
    expect(await call.notices('dev-admin', { action: 'publish', ...notice('首页测试通知', { kind: 'everyone' }) })).toMatchObject({
      ok: true,
    });

    const { reply, roundTrips } = await home('dev-student');
    const badge = await call.notices('dev-student', { action: 'unreadCount' });
    expect(reply).toMatchObject({
      ok: true,
      data: {
        name: '张同学',
        nextActivities: [{ activityId, title: '首页测试义诊', change: null, checkinOpen: true, checkedIn: false }],
        unreadNotices: badge.data.count,
        leader: null,
        admin: null,
      },
    });
    expect(reply.data.unreadNotices).toBeGreaterThanOrEqual(1);
    expect(roundTrips).toBeLessThanOrEqual(4);
  });

  it('a sign-up sees a postponed activity as 已改期 with its new time, and a cancelled one as 已取消 with the reason', async () => {
    const member = 'm-home-moved';
    await putMember(member, 'student');
    const created = await call.activities('dev-admin', {
      action: 'create',
      ...activityFields({
        title: '首页改期活动',
        startAt: minutesFromNow(600),
        endAt: minutesFromNow(720),
        signUpClosesAt: minutesFromNow(500),
      }),
    });
    const activityId = created.data.activity.activityId;
    await call.activities(member, { action: 'signUp', activityId });
    const moved = await call.activities('dev-admin', {
      action: 'postpone',
      activityId,
      startAt: minutesFromNow(1440),
      endAt: minutesFromNow(1560),
      reason: '场地维修',
    });
    expect(moved).toMatchObject({ ok: true });

    const [postponed] = (await home(member)).reply.data.nextActivities;
    expect(postponed).toMatchObject({ activityId, change: 'postponed', changeReason: '场地维修', checkinOpen: false });
    expect(postponed.startAt).toBe(moved.data.activity.startAt);
    expect(postponed.movedFrom).toBe(created.data.activity.startAt);

    await call.activities('dev-admin', { action: 'cancel', activityId, reason: '天气原因' });
    expect((await home(member)).reply.data.nextActivities).toMatchObject([{ activityId, change: 'cancelled', changeReason: '天气原因' }]);

    await call.activities(member, { action: 'cancelSignUp', activityId });
    expect((await home(member)).reply.data.nextActivities).toEqual([]);
  });

  it('王队长 sees today’s jobs of his team and the bookings nobody has taken', async () => {
    const now = new Date();
    await db()
      .collection('bookings')
      .doc('home-today:m-home-booker')
      .set({
        slotId: 'home-today',
        serviceId: 'svc-car-wash',
        serviceName: '洗车',
        teamId: 'team-car-care',
        detailsKind: 'car',
        openid: 'm-home-booker',
        bookerName: '赵老师',
        day: dayAhead(0),
        startClock: '00:00',
        endClock: '23:59',
        startAt: now,
        endAt: new Date(now.getTime() + 3_600_000),
        place: '实训楼',
        status: 'confirmed',
        details: CAR,
        note: '',
        photos: [],
        volunteer: { openid: 'dev-student', name: '张同学' },
        history: [],
        record: null,
        rating: null,
        cancellableUntil: now,
        cancelReason: null,
        remindedBookerAt: null,
        remindedVolunteerAt: null,
        createdAt: now,
        updatedAt: now,
      });

    const { reply, roundTrips } = await home('dev-leader');
    expect(reply).toMatchObject({
      ok: true,
      data: {
        name: '王队长',
        leader: {
          todayJobs: { count: 1, items: [{ bookingId: 'home-today:m-home-booker', bookerName: '赵老师', volunteerName: '张同学' }] },
          unassigned: { count: 1, items: [{ bookingId, bookerName: '李老师', status: 'submitted', volunteerName: null }] },
        },
        admin: null,
      },
    });
    expect(roundTrips).toBeLessThanOrEqual(4);

    await call.bookings('dev-leader', { action: 'assign', bookingId, volunteerOpenid: 'dev-student' });
    expect((await home('dev-leader')).reply.data.leader.unassigned).toEqual({ count: 0, more: false, items: [] });
  });

  it('陈老师 sees pending membership applications and correction requests, oldest first', async () => {
    await call.users('m-home-applicant', { action: 'login', name: '新同学' });
    await call.users('m-home-applicant', { action: 'applyMembership', ...studentApplication('2024990001', { name: '周同学' }) });
    const ended = await putActivity({ title: '首页补录活动', startedMinutesAgo: 300, hours: 3 });
    await putAttendance(ended, 'dev-teacher', { checkedInAt: ended.startAt, closedBy: 'auto', minutes: 0, name: '李老师' });
    const requested = await call.records('dev-teacher', {
      action: 'requestCorrection',
      activityId: ended._id,
      checkedOutAt: new Date(ended.startAt.getTime() + 140 * 60_000).toISOString(),
      reason: '忘记签退',
    });
    expect(requested).toMatchObject({ ok: true });

    const { reply, roundTrips } = await home('dev-admin');
    expect(reply).toMatchObject({
      ok: true,
      data: {
        name: '陈老师',
        roles: expect.arrayContaining(['admin']),
        admin: {
          applications: { count: 1, items: [{ name: '周同学' }] },
          corrections: { count: 1, items: [{ activityId: ended._id, activityTitle: '首页补录活动', name: '李老师' }] },
        },
      },
    });
    expect(roundTrips).toBeLessThanOrEqual(4);
  });

  it('a brand-new user has nothing next yet, at the same cost', async () => {
    await call.users('m-home-newbie', { action: 'login' });
    const { reply, roundTrips } = await home('m-home-newbie');
    expect(reply).toEqual({
      ok: true,
      data: {
        name: expect.any(String),
        roles: ['guest'],
        membershipStatus: 'none',
        nextBooking: null,
        nextActivities: [],
        unreadNotices: 0,
        answers: { count: 0, more: false, items: [] },
        leader: null,
        admin: null,
      },
    });
    expect(roundTrips).toBeLessThanOrEqual(4);
  });

  it('reads the caller once per load, in two round trips (budget 4), writing nothing, for every persona', async () => {
    for (const openid of ['dev-teacher', 'dev-student', 'dev-leader', 'dev-admin', 'm-home-newbie']) {
      const { reads } = await counter.usersReadsOf(() => call.users(openid, { action: 'home' }));
      const { roundTrips, writes } = await home(openid);
      // Two batches (the caller and what is keyed by the openid; then what needs them; a newbie needs no second): the budget is 4.
      expect({ openid, reads, twoAtMost: roundTrips <= 2, writes }).toEqual({ openid, reads: 1, twoAtMost: true, writes: 0 });
    }
  });
});
