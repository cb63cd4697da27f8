import { startTestLocal, type TestLocal } from '../host/local-harness';
import { putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { attendanceOf, ledgerOf, putActivity, putAttendance, putNumberedMember } from './records-fixtures';

jest.setTimeout(90_000);

const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000).toISOString();

/** Manual attendance: organisers only, by 学号/工号, never a second check-in, always audited. */
describe('records: manual attendance and audit log (integration)', () => {
  let local: TestLocal;
  let records: FunctionCall<'records'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    records = functionClient(local, 'records');
    await putNumberedMember('o-manual-1', '2024000101', '刘一');
    await putNumberedMember('o-manual-2', '2024000102', '陈二');
    await putNumberedMember('o-manual-3', '2024000103', '张三');
    await putMember('o-other-leader', 'student', [{ teamId: 'team-computer-clinic', role: 'leader' }]);
  });
  afterAll(() => local?.dispose());

  it('adds a missed check-in by member number, audited with who and why; a second add is ALREADY_CHECKED_IN', async () => {
    const activity = await putActivity({ startedMinutesAgo: 60, hours: 3 });
    const reply = await records('dev-leader', 'addAttendance', {
      activityId: activity._id,
      memberNo: '2024000101',
      checkedInAt: at(activity.startAt, 5),
      reason: '手机没电无法扫码',
    });
    expect(reply).toMatchObject({
      ok: true,
      data: {
        attendance: { openid: 'o-manual-1', name: '刘一', checkinMethod: 'manual', checkedOutAt: null, closedBy: null, minutes: null },
      },
    });
    expect(await ledgerOf(activity._id)).toEqual([]);

    const again = await records('dev-leader', 'addAttendance', {
      activityId: activity._id,
      memberNo: '2024000101',
      checkedInAt: at(activity.startAt, 10),
      reason: '重复补录',
    });
    expect(again).toMatchObject({ ok: false, code: 'ALREADY_CHECKED_IN', message: expect.stringContaining('刘一') });

    const log = await records('dev-leader', 'auditLog', { activityId: activity._id });
    expect(log.data.items).toEqual([
      expect.objectContaining({
        action: 'manual_checkin',
        targetOpenid: 'o-manual-1',
        targetName: '刘一',
        byOpenid: 'dev-leader',
        byName: '王队长',
        reason: '手机没电无法扫码',
      }),
    ]);
  });

  it('with a check-out the record is closed and credited by the rule; a signed-up member is completed, not duplicated', async () => {
    const activity = await putActivity({ startedMinutesAgo: 240, hours: 3, title: '三月三民族文化志愿服务' });
    await putAttendance(activity, 'o-manual-2', { name: '陈二' });
    const reply = await records('dev-admin', 'addAttendance', {
      activityId: activity._id,
      memberNo: '2024000102',
      checkedInAt: at(activity.startAt, 0),
      // 1 h 40 min → 1 h + (40 min → 0.5 h) = 1.5 h
      checkedOutAt: at(activity.startAt, 100),
      reason: '现场签到表补录',
    });
    expect(reply).toMatchObject({ ok: true, data: { attendance: { closedBy: 'manual', minutes: 90, checkinMethod: 'manual' } } });
    expect(await attendanceOf(activity._id, 'o-manual-2')).toMatchObject({
      status: 'signed_up',
      signedUpAt: expect.anything(),
      minutes: 90,
    });
    expect((await ledgerOf(activity._id)).map(({ openid, minutes, title }) => ({ openid, minutes, title }))).toEqual([
      { openid: 'o-manual-2', minutes: 90, title: '三月三民族文化志愿服务' },
    ]);
  });

  it('two organisers adding the same member at once make one record and one audit entry', async () => {
    const activity = await putActivity({ startedMinutesAgo: 240, hours: 3 });
    const replies = await Promise.all(
      ['dev-leader', 'dev-admin', 'dev-leader'].map((who) =>
        records(who, 'addAttendance', {
          activityId: activity._id,
          memberNo: '2024000103',
          checkedInAt: at(activity.startAt, 0),
          checkedOutAt: at(activity.startAt, 120),
          reason: '并发补录',
        }),
      ),
    );
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    for (const reply of replies.filter((one) => !one.ok)) expect(['ALREADY_CHECKED_IN', 'CONFLICT']).toContain(reply.code);
    expect(await ledgerOf(activity._id)).toEqual([expect.objectContaining({ openid: 'o-manual-3', minutes: 120 })]);
    expect((await records('dev-leader', 'auditLog', { activityId: activity._id })).data.items).toHaveLength(1);
  });

  it('pages the audit log newest first', async () => {
    const activity = await putActivity({ startedMinutesAgo: 60, hours: 3 });
    for (const [openid, memberNo] of [
      ['o-audit-a', 'A2024001'],
      ['o-audit-b', 'A2024002'],
      ['o-audit-c', 'A2024003'],
    ]) {
      await putNumberedMember(openid, memberNo, `成员${memberNo}`);
      expect(
        await records('dev-leader', 'addAttendance', {
          activityId: activity._id,
          memberNo,
          checkedInAt: at(activity.startAt, 1),
          reason: `补录${memberNo}`,
        }),
      ).toMatchObject({ ok: true });
    }
    const first = await records('dev-leader', 'auditLog', { activityId: activity._id, limit: 2 });
    expect(first.data.items.map((entry: { reason: string }) => entry.reason)).toEqual(['补录A2024003', '补录A2024002']);
    const second = await records('dev-leader', 'auditLog', { activityId: activity._id, limit: 2, cursor: first.data.nextCursor });
    expect(second.data).toMatchObject({ items: [expect.objectContaining({ reason: '补录A2024001' })], nextCursor: null });
  });

  it('refuses strangers, unknown members, times outside the window and bad input', async () => {
    const activity = await putActivity({ startedMinutesAgo: 60, hours: 3 });
    const base = { activityId: activity._id, memberNo: '2024000101', checkedInAt: at(activity.startAt, 5), reason: '补录' };
    expect(await records('o-other-leader', 'addAttendance', base)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await records('o-other-leader', 'auditLog', { activityId: activity._id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await records('dev-leader', 'addAttendance', { ...base, memberNo: '1999999999' })).toMatchObject({
      code: 'NOT_A_MEMBER',
      message: expect.stringContaining('1999999999'),
    });
    expect(await records('dev-leader', 'addAttendance', { ...base, checkedInAt: at(activity.startAt, -120) })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('签到时段'),
    });
    expect(await records('dev-leader', 'addAttendance', { ...base, checkedOutAt: at(activity.startAt, 1) })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('签退时间应晚于签到时间'),
    });
    expect(await records('dev-leader', 'addAttendance', { ...base, memberNo: { $ne: '' } })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await records('dev-leader', 'addAttendance', { ...base, reason: '' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await records('dev-leader', 'addAttendance', { ...base, activityId: 'act_nosuch' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await records('dev-leader', 'auditLog', { activityId: activity._id, cursor: 'bm90LWEtY3Vyc29y' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await attendanceOf(activity._id, 'o-manual-1')).toBeUndefined();
  });
});
