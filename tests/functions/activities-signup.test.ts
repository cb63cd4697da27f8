import * as tcb from '@cloudbase/node-sdk';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db, putMember } from './bookings-fixtures';
import {
  activityDoc,
  activityFields,
  attendanceDoc,
  createActivity,
  minutesFromNow,
  ORGANISER,
  signedUpStudents,
} from './activities-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { JPEG } from './invoke-function';

jest.setTimeout(120_000);

describe('activities: sign-up within capacity, cancel, edit, lists (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'activities'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'activities');
  });
  afterAll(() => local?.dispose());

  it('gives 5 places to exactly 5 of 30 concurrent sign-ups; the rest hear the activity is full', async () => {
    const activityId = await createActivity(call, { capacity: 5 });
    const openids = Array.from({ length: 30 }, (_, i) => `su-rush-${i}`);
    await Promise.all(openids.map((openid) => putMember(openid, 'student')));
    const replies = await Promise.all(openids.map((openid) => call(openid, 'signUp', { activityId })));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(5);
    expect(replies.filter((reply) => !reply.ok).every((reply) => reply.code === 'ACTIVITY_FULL')).toBe(true);
    expect((await activityDoc(activityId)).signedUpCount).toBe(5);
    expect((await db().collection('attendance').where({ activityId, status: 'signed_up' }).count()).total).toBe(5);
  });

  it('answers a repeated sign-up with the same attendance and keeps one place', async () => {
    const activityId = await createActivity(call, { capacity: 3 });
    await putMember('su-twice', 'student');
    const replies = await Promise.all(Array.from({ length: 5 }, () => call('su-twice', 'signUp', { activityId })));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(new Set(replies.map((reply) => reply.data.attendance.attendanceId))).toEqual(new Set([`${activityId}:su-twice`]));
    expect((await activityDoc(activityId)).signedUpCount).toBe(1);
  });

  it('fills every place when one member re-taps 报名 fifteen times among ten rivals', async () => {
    const activityId = await createActivity(call, { capacity: 3 });
    const rivals = Array.from({ length: 10 }, (_, i) => `su-rival-${i}`);
    await Promise.all([...rivals, 'su-retapper'].map((openid) => putMember(openid, 'student')));
    const taps = [...Array.from({ length: 15 }, () => 'su-retapper'), ...rivals];
    const replies = await Promise.all(taps.map((openid) => call(openid, 'signUp', { activityId })));
    const retaps = replies.slice(0, 15);
    const rivalReplies = replies.slice(15);
    expect(retaps.every((reply) => reply.ok)).toBe(true);
    expect(rivalReplies.filter((reply) => reply.ok)).toHaveLength(2);
    expect(rivalReplies.filter((reply) => !reply.ok).every((reply) => reply.code === 'ACTIVITY_FULL')).toBe(true);
    const activity = await activityDoc(activityId);
    expect(activity.signedUpCount).toBe(3);
    expect([...activity.holders].sort()).toEqual([...rivals.filter((_, i) => rivalReplies[i].ok), 'su-retapper'].sort());
    expect((await db().collection('attendance').where({ activityId, status: 'signed_up' }).count()).total).toBe(3);
  });

  it('writes the record of a place held without one (a crash after the place) on the next tap, taking no second place', async () => {
    const activityId = await createActivity(call, { capacity: 2 });
    await putMember('su-crashed', 'student');
    await db()
      .collection('activities')
      .doc(activityId)
      .update({ signedUpCount: 1, holders: ['su-crashed'] });
    expect(await call('su-crashed', 'signUp', { activityId })).toMatchObject({ ok: true, data: { attendance: { status: 'signed_up' } } });
    expect((await activityDoc(activityId)).signedUpCount).toBe(1);
    expect(await call('su-crashed', 'cancelSignUp', { activityId })).toMatchObject({ ok: true });
    const after = await activityDoc(activityId);
    expect(after.signedUpCount).toBe(0);
    expect(after.holders).toEqual([]);
  });

  it('refuses outside the window, guests, other audiences and unknown activities, each with its reason', async () => {
    const notYet = await createActivity(call, {
      signUpOpensAt: minutesFromNow(30),
      signUpClosesAt: minutesFromNow(60),
      startAt: minutesFromNow(90),
      endAt: minutesFromNow(120),
    });
    const closed = await createActivity(call, { signUpOpensAt: minutesFromNow(-60), signUpClosesAt: minutesFromNow(-1) });
    const otherUnit = await createActivity(call, { audience: { kind: 'orgUnits', orgUnitIds: ['ou-no-such-unit'] } });
    await putMember('su-member', 'student');
    expect(await call('su-member', 'signUp', { activityId: notYet })).toMatchObject({ ok: false, code: 'SIGNUP_NOT_OPEN' });
    expect(await call('su-member', 'signUp', { activityId: closed })).toMatchObject({ ok: false, code: 'SIGNUP_CLOSED' });
    expect(await call('su-member', 'signUp', { activityId: otherUnit })).toMatchObject({ ok: false, code: 'ACTIVITY_NOT_FOR_YOU' });
    expect(await call('dev-guest-nobody', 'signUp', { activityId: closed })).toMatchObject({ ok: false, code: 'NOT_A_MEMBER' });
    expect(await call('su-member', 'signUp', { activityId: 'act_matrixNoSuchActivity' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // The member's class (ou-class-qx2301) sits under 汽车专业群团支部: an activity for the branch reaches it.
    const ownUnit = await createActivity(call, { audience: { kind: 'orgUnits', orgUnitIds: ['ou-branch-auto'] } });
    expect(await call('su-member', 'signUp', { activityId: ownUnit })).toMatchObject({ ok: true });
  });

  it('cancels before check-in and returns the place; refuses after check-in', async () => {
    const activityId = await createActivity(call, { capacity: 1 });
    const [first] = await signedUpStudents(call, activityId, 'su-cancel', 1);
    await putMember('su-next', 'student');
    expect(await call('su-next', 'signUp', { activityId })).toMatchObject({ ok: false, code: 'ACTIVITY_FULL' });
    expect(await call(first, 'cancelSignUp', { activityId })).toMatchObject({ ok: true, data: { attendance: { status: 'cancelled' } } });
    expect(await call(first, 'cancelSignUp', { activityId })).toMatchObject({ ok: true, data: { attendance: { status: 'cancelled' } } });
    expect((await activityDoc(activityId)).signedUpCount).toBe(0);
    expect(await call('su-next', 'signUp', { activityId })).toMatchObject({ ok: true });
    const { code } = (await call(ORGANISER, 'currentCode', { activityId, kind: 'in' })).data;
    await call('su-next', 'checkin', { code });
    expect(await call('su-next', 'cancelSignUp', { activityId })).toMatchObject({ ok: false, code: 'ALREADY_CHECKED_IN' });
    expect(await call('su-stranger', 'cancelSignUp', { activityId })).toMatchObject({ ok: false, code: 'NOT_SIGNED_UP' });
    // Signing up again after a cancel revives the same record.
    expect(await call(first, 'signUp', { activityId })).toMatchObject({ ok: false, code: 'ACTIVITY_FULL' });
    expect((await attendanceDoc(activityId, first)).status).toBe('cancelled');
  });

  it('signs up again after a cancel with no check-in time stored, and the next scan checks in', async () => {
    const activityId = await createActivity(call);
    const [returning] = await signedUpStudents(call, activityId, 'su-again', 1);
    await call(returning, 'cancelSignUp', { activityId });
    expect(await call(returning, 'signUp', { activityId })).toMatchObject({
      ok: true,
      data: { attendance: { status: 'signed_up', checkedInAt: null } },
    });
    expect(await attendanceDoc(activityId, returning)).not.toHaveProperty('checkedInAt');
    const { code } = (await call(ORGANISER, 'currentCode', { activityId, kind: 'in' })).data;
    expect(await call(returning, 'checkin', { code })).toMatchObject({ ok: true, data: { repeat: false } });
  });

  it('lets the organiser edit, never below the places taken; others may not', async () => {
    const activityId = await createActivity(call, { capacity: 10 });
    await signedUpStudents(call, activityId, 'su-edit', 3);
    const fields = {
      title: '社区义诊（改期）',
      place: '图书馆前',
      startAt: minutesFromNow(10),
      endAt: minutesFromNow(130),
      signUpOpensAt: minutesFromNow(-60),
      signUpClosesAt: minutesFromNow(5),
    };
    expect(await call(ORGANISER, 'update', { activityId, ...fields, capacity: 2 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('3'),
    });
    expect(await call(ORGANISER, 'update', { activityId, ...fields, capacity: 3 })).toMatchObject({
      ok: true,
      data: { activity: { title: '社区义诊（改期）', capacity: 3, signedUpCount: 3 } },
    });
    expect((await attendanceDoc(activityId, 'su-edit-0')).activityTitle).toBe('社区义诊（改期）');
    expect(await call('dev-leader', 'update', { activityId, ...fields, capacity: 5 })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // A leader organises what they create, and may name only a team they lead.
    const own = await createActivity(call, {}, 'dev-leader');
    expect(await call('dev-leader', 'update', { activityId: own, ...fields, capacity: 5, teamId: 'team-car-care' })).toMatchObject({
      ok: true,
    });
    expect(await call('dev-leader', 'create', { ...fields, capacity: 5, teamId: 'team-computer-clinic' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('takes a cover only from the organiser’s own claimed upload, and answers its temporary URL', async () => {
    const files = functionClient(local, 'files');
    const upload = async (openid: string, name: string) =>
      (await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).uploadFile({ cloudPath: `uploads/${openid}/${name}.jpg`, fileContent: JPEG }))
        .fileID;
    const unclaimed = await upload(ORGANISER, 'cover-unclaimed');
    const theirs = await upload('dev-teacher', 'cover-theirs');
    expect(await files('dev-teacher', 'claim', { fileId: theirs, purpose: 'activity-cover' })).toMatchObject({ ok: true });
    for (const coverFileId of [unclaimed, theirs]) {
      expect(await call(ORGANISER, 'create', activityFields({ coverFileId }))).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    const own = await upload(ORGANISER, 'cover-own');
    expect(await files(ORGANISER, 'claim', { fileId: own, purpose: 'activity-cover' })).toMatchObject({ ok: true });
    const activityId = await createActivity(call, { coverFileId: own });
    const seen = await call('dev-student', 'get', { activityId });
    expect(seen.data.activity).toMatchObject({ coverFileId: own, coverUrl: expect.stringMatching(/^https?:\/\//) });
  });

  it('lists upcoming, mine and past with the caller’s attendance on each row, and pages by cursor', async () => {
    await putMember('su-lister', 'student');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1)
      ids.push(await createActivity(call, { title: `列表活动${i}`, startAt: minutesFromNow(600 + i), endAt: minutesFromNow(700) }));
    await call('su-lister', 'signUp', { activityId: ids[1] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call('su-lister', 'list', { tab: 'upcoming', limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.ok).toBe(true);
      seen.push(...page.data.items.map((item: any) => item.activityId));
      const mine = page.data.items.find((item: any) => item.activityId === ids[1]);
      if (mine) expect(mine.mine).toMatchObject({ status: 'signed_up', openid: 'su-lister' });
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
    const mine = await call('su-lister', 'list', { tab: 'mine' });
    expect(mine.data.items.map((item: any) => item.activityId)).toEqual([ids[1]]);
    const past = await call('su-lister', 'list', { tab: 'past' });
    expect(past.data.items.every((item: any) => Date.parse(item.endAt) <= Date.now())).toBe(true);
    expect(await call('su-lister', 'list', { tab: 'upcoming', cursor: 'bm90LWEtY3Vyc29y' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    const detail = await call('su-lister', 'get', { activityId: ids[1] });
    expect(detail).toMatchObject({
      ok: true,
      data: { canOrganise: false, mine: { status: 'signed_up' }, activity: { activityId: ids[1] } },
    });
    expect((await call(ORGANISER, 'get', { activityId: ids[1] })).data.canOrganise).toBe(true);
  });
});
