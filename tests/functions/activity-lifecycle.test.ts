import type { announceActivityChanges } from '../../cloudfunctions/activities/timers/announce-activity-changes';
import type { remindActivities } from '../../cloudfunctions/activities/timers/remind-activities';
import { claimForSignUp, signUpsUnclaimed } from '../../cloudfunctions/_lib/attendance.repository';
import { LOCAL_TEMPLATE_IDS } from '../../local/local-templates';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import {
  activityDoc,
  attendanceDoc,
  createActivity,
  currentCode,
  minutesFromNow,
  ORGANISER,
  signedUpStudents,
} from './activities-fixtures';
import { db, putMember } from './bookings-fixtures';
import { functionClient, runTimer, type FunctionCall } from './function-client';
import { readOutbox } from './invoke-function';
import { drainFanout, notice } from './notices-fixtures';

jest.setTimeout(180_000);

const CHANGED_TEMPLATE = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_ACTIVITY_CHANGED;
const REMINDER_TEMPLATE = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_ACTIVITY_REMINDER;

/** Starts in 3 h (check-in not yet open), sign-up open now. */
const later = (overrides: Record<string, unknown> = {}) => ({
  startAt: minutesFromNow(180),
  endAt: minutesFromNow(240),
  signUpOpensAt: minutesFromNow(-60),
  signUpClosesAt: minutesFromNow(120),
  ...overrides,
});

describe('activities: cancel, postpone, reminders (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'activities'>;
  let messages: FunctionCall<'messages'>;
  let users: FunctionCall<'users'>;
  let notices: FunctionCall<'notices'>;
  const inbox = async (openid: string, kind: string) =>
    ((await messages(openid, 'list', { limit: 50 })).data.items as any[]).filter((message) => message.kind === kind);
  const pushedTo = async (openid: string, templateId: string) =>
    (await readOutbox(local.emulatorUrl)).filter((message) => message.touser === openid && message.templateId === templateId);
  const grant = (openid: string, kind: 'activityChanged' | 'activityReminder', templateId: string) =>
    messages(openid, 'recordSubscriptions', { grants: [{ kind, templateId, accepted: true }] });
  const announceTick = async () => (await runTimer<typeof announceActivityChanges>(local, 'activities', 'announceActivityChanges')).data;
  const remindTick = async () => (await runTimer<typeof remindActivities>(local, 'activities', 'remindActivities')).data;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'activities');
    messages = functionClient(local, 'messages');
    users = functionClient(local, 'users');
    notices = functionClient(local, 'notices');
  });
  afterAll(() => local?.dispose());

  it('postpones: sign-ups keep their places, each hears it in-app and by push, the window moves, and it is audited', async () => {
    const activityId = await createActivity(call, later({ title: '改期测试活动', capacity: 3 }));
    const [first, second] = await signedUpStudents(call, activityId, 'lc-moved', 2);
    await grant(first, 'activityChanged', CHANGED_TEMPLATE);
    const before = await activityDoc(activityId);

    const startAt = minutesFromNow(24 * 60);
    const endAt = minutesFromNow(26 * 60);
    const reply = await call(ORGANISER, 'postpone', { activityId, startAt, endAt, reason: '场地临时检修' });
    expect(reply).toMatchObject({ ok: true, data: { notified: 2 } });
    expect(reply.data.activity).toMatchObject({
      status: 'scheduled',
      startAt: new Date(startAt).toISOString(),
      signedUpCount: 2,
      postponement: { reason: '场地临时检修', fromStartAt: new Date(before.startAt).toISOString() },
    });
    // The sign-up window shifts with the start (the 2 h before it), never past the new end.
    const moved = new Date(reply.data.activity.signUpClosesAt).getTime() - new Date(before.signUpClosesAt).getTime();
    expect(Math.abs(moved - (Date.parse(startAt) - new Date(before.startAt).getTime()))).toBeLessThan(1000);

    for (const openid of [first, second]) {
      expect((await attendanceDoc(activityId, openid)).startAt).toEqual(new Date(startAt));
      const [message] = await inbox(openid, 'activityChanged');
      expect(message).toMatchObject({ title: '「改期测试活动」已改期', page: `packages/activities/detail/index?activityId=${activityId}` });
      expect(message.body).toContain('场地临时检修');
    }
    expect(await pushedTo(first, CHANGED_TEMPLATE)).toHaveLength(1);
    expect(await announceTick()).toEqual({ activities: 0, told: 0 });

    const trail = await users('dev-admin', 'auditTrail', { kind: 'activity.postpone' });
    expect(trail.data.items.find((entry) => entry.target.id === activityId)).toMatchObject({
      kindLabel: '活动改期',
      reason: '场地临时检修',
      actorOpenid: ORGANISER,
    });
  });

  it('after a postponement a sign-up may withdraw even though sign-up had closed, until the new start', async () => {
    const activityId = await createActivity(call, later());
    const [member] = await signedUpStudents(call, activityId, 'lc-withdraw', 1);
    await db()
      .collection('activities')
      .doc(activityId)
      .update({ signUpClosesAt: new Date(Date.now() - 60_000) });
    expect(await call(member, 'cancelSignUp', { activityId })).toMatchObject({ ok: false, code: 'SIGNUP_CLOSED' });
    expect(
      await call(ORGANISER, 'postpone', { activityId, startAt: minutesFromNow(300), endAt: minutesFromNow(360), reason: '天气原因' }),
    ).toMatchObject({ ok: true });
    await db()
      .collection('activities')
      .doc(activityId)
      .update({ signUpClosesAt: new Date(Date.now() - 60_000) });
    expect(await call(member, 'cancelSignUp', { activityId })).toMatchObject({ ok: true, data: { attendance: { status: 'cancelled' } } });
    expect((await activityDoc(activityId)).signedUpCount).toBe(0);
  });

  it('refuses a postponement once check-in has opened, to the same times, into the past, and by someone not organising it', async () => {
    const running = await createActivity(call);
    const moveTo = { startAt: minutesFromNow(300), endAt: minutesFromNow(360), reason: '调整时间' };
    expect(await call(ORGANISER, 'postpone', { activityId: running, ...moveTo })).toMatchObject({ ok: false, code: 'ACTIVITY_STATE' });

    const fields = later();
    const activityId = await createActivity(call, fields);
    expect(
      await call(ORGANISER, 'postpone', { activityId, startAt: fields.startAt, endAt: fields.endAt, reason: '调整时间' }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const past = await call(ORGANISER, 'postpone', { activityId, startAt: minutesFromNow(-10), endAt: minutesFromNow(60), reason: '调整' });
    expect(past).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(past.message).toContain('新的开始时间应晚于现在');
    await putMember('lc-other-leader', 'teacher', [{ teamId: 'team-ai-outreach', role: 'leader' }]);
    expect(await call('lc-other-leader', 'postpone', { activityId, ...moveTo })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('cancels with a required reason; a code shown before is refused with that reason; every sign-up hears it', async () => {
    const activityId = await createActivity(call, { title: '取消测试活动' });
    const members = await signedUpStudents(call, activityId, 'lc-cancel', 3);
    const code = (await currentCode(call, activityId)).code;
    expect(await call(ORGANISER, 'cancel', { activityId, reason: '' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });

    const reply = await call(ORGANISER, 'cancel', { activityId, reason: '主讲嘉宾无法到场' });
    expect(reply).toMatchObject({
      ok: true,
      data: { notified: 3, activity: { status: 'cancelled', cancellation: { reason: '主讲嘉宾无法到场' } } },
    });

    const scan = await call(members[0], 'checkin', { code });
    expect(scan).toMatchObject({ ok: false, code: 'ACTIVITY_CANCELLED' });
    expect(scan.message).toContain('主讲嘉宾无法到场');
    // Not signed up: the same reason, not "你没有报名".
    await putMember('lc-cancel-stranger', 'student');
    expect(await call('lc-cancel-stranger', 'checkin', { code })).toMatchObject({ ok: false, code: 'ACTIVITY_CANCELLED' });
    expect(await call(ORGANISER, 'currentCode', { activityId, kind: 'in' })).toMatchObject({ ok: false, code: 'ACTIVITY_CANCELLED' });
    expect(await call(ORGANISER, 'cancel', { activityId, reason: '再取消一次' })).toMatchObject({ ok: false, code: 'ACTIVITY_STATE' });
    await putMember('lc-cancel-late', 'student');
    expect(await call('lc-cancel-late', 'signUp', { activityId })).toMatchObject({ ok: false, code: 'ACTIVITY_STATE' });

    for (const openid of members) {
      const heard = await inbox(openid, 'activityChanged');
      expect(heard).toHaveLength(1);
      expect(heard[0]).toMatchObject({ title: '「取消测试活动」已取消' });
      expect(heard[0].body).toContain('主讲嘉宾无法到场');
      expect((await attendanceDoc(activityId, openid)).checkedInAt ?? null).toBeNull();
    }
    const detail = await call(members[0], 'get', { activityId });
    expect(detail.data.activity).toMatchObject({ status: 'cancelled', cancellation: { reason: '主讲嘉宾无法到场' } });
  });

  it('of a cancel and a postpone at once exactly one wins', async () => {
    const activityId = await createActivity(call, later());
    const [cancelled, moved] = await Promise.all([
      call(ORGANISER, 'cancel', { activityId, reason: '同时取消' }),
      call(ORGANISER, 'postpone', { activityId, startAt: minutesFromNow(600), endAt: minutesFromNow(660), reason: '同时改期' }),
    ]);
    expect([cancelled.ok, moved.ok].filter(Boolean)).toHaveLength(1);
    expect([cancelled, moved].find((reply) => !reply.ok)).toMatchObject({ code: 'ACTIVITY_STATE' });
    expect((await activityDoc(activityId)).changeVersion).toBe(1);
  });

  it('tells the first 50 sign-ups at once and the rest by the timer, each once under overlapping ticks', async () => {
    const activityId = await createActivity(call, later({ capacity: 80 }));
    const members = await signedUpStudents(call, activityId, 'lc-many', 70);
    expect(await call(ORGANISER, 'cancel', { activityId, reason: '报名人数调整' })).toMatchObject({ ok: true, data: { notified: 50 } });
    const ticks = await Promise.all([announceTick(), announceTick(), announceTick()]);
    expect(ticks.reduce((sum, tick) => sum + tick.told, 0)).toBe(20);
    expect(await announceTick()).toEqual({ activities: 0, told: 0 });
    const counts = await Promise.all(members.map(async (openid) => (await inbox(openid, 'activityChanged')).length));
    expect(counts.every((count) => count === 1)).toBe(true);
    expect((await activityDoc(activityId)).changePending).toBe(false);
  });

  it('settles a reminder and a change notice once per sign-up in the database, even for ticks that read before either claimed', async () => {
    const activityId = await createActivity(call, later());
    const members = await signedUpStudents(call, activityId, 'lc-overlap', 4);
    const startAt = new Date((await activityDoc(activityId)).startAt);
    // Both ticks read their batch first, then claim every record they read at once.
    const reminder = { remindedStartAt: startAt };
    const [firstRead, secondRead] = await Promise.all([
      signUpsUnclaimed(activityId, reminder, 10),
      signUpsUnclaimed(activityId, reminder, 10),
    ]);
    expect(firstRead).toHaveLength(4);
    const reminderClaims = await Promise.all([...firstRead, ...secondRead].map((record) => claimForSignUp(record._id, reminder)));
    expect(reminderClaims.filter(Boolean)).toHaveLength(members.length);
    const change = { notifiedChange: 1 };
    const [toldFirst, toldSecond] = await Promise.all([signUpsUnclaimed(activityId, change, 10), signUpsUnclaimed(activityId, change, 10)]);
    const changeClaims = await Promise.all([...toldFirst, ...toldSecond].map((record) => claimForSignUp(record._id, change)));
    expect(changeClaims.filter(Boolean)).toHaveLength(members.length);
    expect(await signUpsUnclaimed(activityId, reminder, 10)).toEqual([]);
  });

  it('reminds each sign-up once before the start under overlapping ticks, skips those who withdrew, and again after a move', async () => {
    const activityId = await createActivity(
      call,
      later({ title: '提醒测试活动', startAt: minutesFromNow(60), endAt: minutesFromNow(120), signUpClosesAt: minutesFromNow(50) }),
    );
    const [stays, withdraws, alsoStays] = await signedUpStudents(call, activityId, 'lc-remind', 3);
    await grant(stays, 'activityReminder', REMINDER_TEMPLATE);
    expect(await call(withdraws, 'cancelSignUp', { activityId })).toMatchObject({ ok: true });
    const farAway = await createActivity(call, later({ startAt: minutesFromNow(600), endAt: minutesFromNow(660) }));
    const [notYet] = await signedUpStudents(call, farAway, 'lc-remind-far', 1);

    const ticks = await Promise.all([remindTick(), remindTick(), remindTick()]);
    expect(ticks.reduce((sum, tick) => sum + tick.reminded, 0)).toBe(2);
    expect(await remindTick()).toEqual({ reminded: 0 });
    for (const openid of [stays, alsoStays]) {
      const reminders = await inbox(openid, 'activityReminder');
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({ title: '「提醒测试活动」即将开始' });
    }
    expect(await inbox(withdraws, 'activityReminder')).toHaveLength(0);
    expect(await inbox(notYet, 'activityReminder')).toHaveLength(0);
    expect(await pushedTo(stays, REMINDER_TEMPLATE)).toHaveLength(1);

    // Moved within the lead: the new start is a reminder of its own.
    expect(
      await call(ORGANISER, 'postpone', { activityId, startAt: minutesFromNow(90), endAt: minutesFromNow(150), reason: '推迟半小时' }),
    ).toMatchObject({ ok: true });
    expect(await remindTick()).toEqual({ reminded: 2 });
    expect(await inbox(stays, 'activityReminder')).toHaveLength(2);
  });

  it('a notice to the participants of one activity reaches exactly that group (here: those who did not check in), in feed and push', async () => {
    const activityId = await createActivity(call, { title: '参与者通知活动' });
    const [came, absent1, absent2] = await signedUpStudents(call, activityId, 'lc-audience', 3);
    expect(await call(came, 'checkin', { code: (await currentCode(call, activityId)).code })).toMatchObject({ ok: true });
    const audience = { kind: 'activity', activityId, group: 'absent' };

    await putMember('lc-audience-other-leader', 'teacher', [{ teamId: 'team-ai-outreach', role: 'leader' }]);
    expect(await notices('lc-audience-other-leader', 'publish', notice('不是你的活动', audience))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const published = await notices(ORGANISER, 'publish', notice('未签到同学请联系组织者', audience));
    expect(published).toMatchObject({ ok: true, data: { status: 'published' } });
    await drainFanout(local);

    const feedTitles = async (openid: string) => ((await notices(openid, 'feed', {})).data.items as any[]).map((item) => item.title);
    for (const openid of [absent1, absent2]) {
      expect(await feedTitles(openid)).toContain('未签到同学请联系组织者');
      expect(await inbox(openid, 'noticePublished')).toHaveLength(1);
    }
    expect(await feedTitles(came)).not.toContain('未签到同学请联系组织者');
    expect(await inbox(came, 'noticePublished')).toHaveLength(0);
    expect((await notices(ORGANISER, 'receipts', { noticeId: published.data.noticeId })).data).toMatchObject({ audience: 2, read: 0 });
  });
});
