import type { MemberCodePayload } from '@core/signed-code-format';
import { peekSignedCode } from '@core/signed-code-format';
import { signCode } from '../../cloudfunctions/activities/signed-code';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db, putMember } from './bookings-fixtures';
import { attendanceDoc, createActivity, currentCode, ORGANISER, signedUpStudents } from './activities-fixtures';
import { functionClient, type FunctionCall } from './function-client';

jest.setTimeout(120_000);

const FIXED_TWO_HOURS = { kind: 'fixed', fixedMinutes: 120 };
const ledgerOf = async (activityId: string) =>
  (await db().collection('hours_ledger').where({ 'source.kind': 'activity', 'source.id': activityId }).get()).data;

describe('activities: check-out, hours, member-code scan, live attendance (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'activities'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'activities');
  });
  afterAll(() => local?.dispose());

  it('credits the ledger exactly once however many check-outs race, and answers repeats with the first', async () => {
    const activityId = await createActivity(call, { title: '清明祭扫志愿服务', hoursRule: FIXED_TWO_HOURS });
    const [student] = await signedUpStudents(call, activityId, 'co-student', 1);
    const out = (await currentCode(call, activityId, 'out')).code;
    expect(await call(student, 'checkout', { code: out })).toMatchObject({ ok: false, code: 'NOT_CHECKED_IN' });
    expect(await call(student, 'checkout', { code: (await currentCode(call, activityId, 'in')).code })).toMatchObject({
      ok: false,
      code: 'CODE_FORGED',
      message: expect.stringContaining('签到码'),
    });
    await call(student, 'checkin', { code: (await currentCode(call, activityId, 'in')).code });

    const replies = await Promise.all(Array.from({ length: 10 }, () => call(student, 'checkout', { code: out })));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(replies.filter((reply) => !reply.data.repeat)).toHaveLength(1);
    expect(new Set(replies.map((reply) => reply.data.attendance.checkedOutAt)).size).toBe(1);
    expect(replies[0].data.attendance).toMatchObject({ closedBy: 'checkout', minutes: 120 });
    expect(await ledgerOf(activityId)).toEqual([
      expect.objectContaining({ openid: student, minutes: 120, title: '清明祭扫志愿服务', verifiedBy: ORGANISER }),
    ]);
    expect(await call('co-stranger', 'checkout', { code: out })).toMatchObject({ ok: false, code: 'NOT_SIGNED_UP' });
  });

  it('asks before a check-out that would credit 0 hours, saying why, and writes nothing until the member says yes', async () => {
    const activityId = await createActivity(call, { title: '社区清扫', hoursRule: { kind: 'measured', rounding: 'standard' } });
    const [student] = await signedUpStudents(call, activityId, 'co-zero', 1);
    await call(student, 'checkin', { code: (await currentCode(call, activityId, 'in')).code });
    const out = (await currentCode(call, activityId, 'out')).code;
    expect(await call(student, 'checkout', { code: out })).toEqual({
      ok: false,
      code: 'ZERO_HOURS_CHECKOUT',
      message: '现在签退将计 0 小时：签到至今 0 分钟，时长不足（不足 15 分钟不计时长）。确定要签退吗？',
    });
    expect(await attendanceDoc(activityId, student)).toMatchObject({ checkedOutAt: null, minutes: null });

    const confirmed = await call(student, 'checkout', { code: out, acceptZeroHours: true });
    expect(confirmed).toMatchObject({ ok: true, data: { repeat: false, attendance: { closedBy: 'checkout', minutes: 0 } } });
    expect(await ledgerOf(activityId)).toEqual([]);
    // 我的志愿时长 still lists it, with why it counts nothing.
    expect((await call(student, 'myHours')).data.uncredited).toEqual([
      expect.objectContaining({ activityId, title: '社区清扫', reason: '时长不足，计 0 小时' }),
    ]);
  });

  it('shows my hours with each entry’s source and title, grouped by term', async () => {
    const activityId = await createActivity(call, { title: '五四青年节志愿服务', hoursRule: FIXED_TWO_HOURS });
    const [student] = await signedUpStudents(call, activityId, 'co-hours', 1);
    await call(student, 'checkin', { code: (await currentCode(call, activityId, 'in')).code });
    await call(student, 'checkout', { code: (await currentCode(call, activityId, 'out')).code });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await db()
      .collection('terms')
      .add({ _id: 'term_coTestTerm01', name: '测试学期', startDay: today, endDay: today, createdAt: new Date(), updatedAt: new Date() });

    const hours = await call(student, 'myHours');
    expect(hours).toMatchObject({ ok: true, data: { totalMinutes: 120 } });
    expect(hours.data.entries).toEqual([
      expect.objectContaining({
        source: { kind: 'activity', id: activityId },
        title: '五四青年节志愿服务',
        minutes: 120,
        termId: 'term_coTestTerm01',
      }),
    ]);
    expect(hours.data.terms).toContainEqual({ termId: 'term_coTestTerm01', name: '测试学期', minutes: 120 });
    expect((await call(student, 'myHours', { termId: 'term_NoSuchTerm00' })).data).toMatchObject({ totalMinutes: 0, entries: [] });
  });

  it('checks a student in by their member code, creating the attendance, and audits it once', async () => {
    const activityId = await createActivity(call);
    await putMember('co-forgot', 'student');
    const { code } = (await call('co-forgot', 'memberCode')).data;
    expect(peekSignedCode(code)).toMatchObject({ t: 'm', u: 'co-forgot' });

    const first = await call(ORGANISER, 'scanMember', { activityId, code });
    expect(first).toMatchObject({ ok: true, data: { repeat: false, attendance: { openid: 'co-forgot', checkinMethod: 'member_code' } } });
    const again = await call(ORGANISER, 'scanMember', { activityId, code });
    expect(again).toMatchObject({ ok: true, data: { repeat: true, attendance: { checkedInAt: first.data.attendance.checkedInAt } } });
    const audit = (await db().collection('activity_audit').where({ activityId }).get()).data;
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'member_code_checkin',
        targetOpenid: 'co-forgot',
        byOpenid: ORGANISER,
        reason: '组织者扫描成员码',
      }),
    ]);
    expect((await attendanceDoc(activityId, 'co-forgot')).checkinMethod).toBe('member_code');
    // Their own scan later is a repeat: the organiser's check-in stays as it was.
    const own = await call('co-forgot', 'checkin', { code: (await currentCode(call, activityId)).code });
    expect(own).toMatchObject({
      ok: true,
      data: { repeat: true, attendance: { checkedInAt: first.data.attendance.checkedInAt, checkinMethod: 'member_code' } },
    });

    const old = signCode({ ...(peekSignedCode(code) as MemberCodePayload), s: (peekSignedCode(code) as MemberCodePayload).s - 2 });
    expect(await call(ORGANISER, 'scanMember', { activityId, code: old })).toMatchObject({ ok: false, code: 'CODE_EXPIRED' });
    expect(await call(ORGANISER, 'scanMember', { activityId, code: (await currentCode(call, activityId)).code })).toMatchObject({
      ok: false,
      code: 'CODE_FORGED',
    });
    // The same code checks them out at the end: credited, and audited as the organiser's doing.
    const out = await call(ORGANISER, 'scanMember', { activityId, code, kind: 'out' });
    expect(out).toMatchObject({ ok: true, data: { repeat: false, attendance: { closedBy: 'checkout', minutes: 0 } } });
    expect((await db().collection('activity_audit').where({ activityId, action: 'manual_checkout' }).get()).data).toEqual([
      expect.objectContaining({ targetOpenid: 'co-forgot', byOpenid: ORGANISER, reason: '组织者扫描成员码签退' }),
    ]);
    // A leader of a team is not the organiser of an activity without a team.
    expect(await call('dev-leader', 'scanMember', { activityId, code })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('co-forgot', 'scanMember', { activityId, code })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('counts signed up, checked in and checked out for the organiser, checked-in first', async () => {
    const activityId = await createActivity(call, { hoursRule: FIXED_TWO_HOURS });
    const students = await signedUpStudents(call, activityId, 'co-live', 4);
    const inCode = (await currentCode(call, activityId, 'in')).code;
    await call(students[2], 'checkin', { code: inCode });
    await call(students[3], 'checkin', { code: inCode });
    await call(students[3], 'checkout', { code: (await currentCode(call, activityId, 'out')).code });

    const page = await call(ORGANISER, 'attendance', { activityId, limit: 3 });
    expect(page).toMatchObject({ ok: true, data: { counts: { signedUp: 4, checkedIn: 2, checkedOut: 1 } } });
    expect(
      page.data.items
        .slice(0, 2)
        .map((item: any) => item.openid)
        .sort(),
    ).toEqual([students[2], students[3]]);
    // One by one, through the checked-in rows into the rest: every record once, checked-in first.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const one: any = await call(ORGANISER, 'attendance', { activityId, limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...one.data.items.map((item: any) => item.openid));
      cursor = one.data.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(seen.slice(0, 2).sort()).toEqual([students[2], students[3]]);
    expect([...seen].sort()).toEqual([...students].sort());
    expect(await call(students[0], 'attendance', { activityId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
