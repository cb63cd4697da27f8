import { startTestLocal, type TestLocal } from '../host/local-harness';
import { putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { attendanceOf, ledgerOf, putActivity, putAttendance } from './records-fixtures';

jest.setTimeout(90_000);

const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000).toISOString();

/** Corrections: only for a missed check-out closed by the timer, one per attendance, hours changed exactly once. */
describe('records: correction requests (integration)', () => {
  let local: TestLocal;
  let records: FunctionCall<'records'>;
  let messages: FunctionCall<'messages'>;
  /** An ended activity whose missed check-out of `openid` the timer has closed at 0 minutes. */
  const autoClosed = async (openid: string, title = '毕业季志愿服务') => {
    const activity = await putActivity({ title, startedMinutesAgo: 300, hours: 3 });
    await putAttendance(activity, openid, { checkedInAt: activity.startAt, closedBy: 'auto', minutes: 0, name: `成员${openid}` });
    return activity;
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    records = functionClient(local, 'records');
    messages = functionClient(local, 'messages');
    for (const openid of ['o-fix-a', 'o-fix-b', 'o-fix-c', 'o-fix-d']) await putMember(openid, 'student');
    await putMember('o-fix-stranger', 'student', [{ teamId: 'team-computer-clinic', role: 'leader' }]);
  });
  afterAll(() => local?.dispose());

  it('a request approved by two organisers at once credits the requested hours exactly once, audited, and tells the student', async () => {
    const activity = await autoClosed('o-fix-a', '中秋敬老志愿服务');
    const requested = await records('o-fix-a', 'requestCorrection', {
      activityId: activity._id,
      // 2 h 20 min → 2 h + (20 min → 0.5 h) = 2.5 h
      checkedOutAt: at(activity.startAt, 140),
      reason: '离开时忘记扫签退码',
    });
    expect(requested).toMatchObject({ ok: true, data: { correction: { status: 'pending', activityTitle: '中秋敬老志愿服务' } } });
    const correctionId = requested.data.correction.correctionId;
    expect(correctionId).toBe(`${activity._id}:o-fix-a`);

    const decisions = await Promise.all(
      ['dev-leader', 'dev-admin', 'dev-leader', 'dev-admin'].map((who) =>
        records(who, 'decideCorrection', { correctionId, approve: true }),
      ),
    );
    expect(decisions.filter((reply) => reply.ok)).toHaveLength(1);
    for (const reply of decisions.filter((one) => !one.ok)) expect(['APPLICATION_CLOSED', 'CONFLICT']).toContain(reply.code);
    expect(decisions.find((reply) => reply.ok)?.data.correction).toMatchObject({ status: 'approved', minutes: 150 });

    expect((await ledgerOf(activity._id)).map(({ openid, minutes }) => ({ openid, minutes }))).toEqual([
      { openid: 'o-fix-a', minutes: 150 },
    ]);
    expect(await attendanceOf(activity._id, 'o-fix-a')).toMatchObject({
      closedBy: 'correction',
      minutes: 150,
      checkedOutAt: expect.anything(),
    });
    const audit = (await records('dev-admin', 'auditLog', { activityId: activity._id })).data.items;
    expect(audit).toEqual([expect.objectContaining({ action: 'correction_approved', targetOpenid: 'o-fix-a' })]);
    const inbox = (await messages('o-fix-a', 'list', { limit: 20 })).data.items;
    expect(inbox.filter((message) => message.kind === 'correctionDecided')).toEqual([
      expect.objectContaining({ title: '「中秋敬老志愿服务」补录申请已通过', body: '计入 2.5 小时' }),
    ]);

    // Decided once: a later approval or rejection changes nothing.
    expect(await records('dev-admin', 'decideCorrection', { correctionId, approve: false, reason: '改为驳回' })).toMatchObject({
      code: 'APPLICATION_CLOSED',
    });
    expect(await ledgerOf(activity._id)).toHaveLength(1);
  });

  it('one request per attendance, even when sent twice at once; a rejection credits nothing and says why', async () => {
    const activity = await autoClosed('o-fix-b');
    const both = await Promise.all(
      [90, 100].map((minutes) =>
        records('o-fix-b', 'requestCorrection', {
          activityId: activity._id,
          checkedOutAt: at(activity.startAt, minutes),
          reason: '忘记签退',
        }),
      ),
    );
    expect(both.map((reply) => reply.ok).sort()).toEqual([false, true]);
    expect(both.find((reply) => !reply.ok)).toMatchObject({ code: 'CORRECTION_EXISTS', message: '你已提交过该活动的补录申请' });

    const correctionId = `${activity._id}:o-fix-b`;
    expect(await records('dev-leader', 'decideCorrection', { correctionId, approve: false })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('驳回时请填写原因'),
    });
    const rejected = await records('dev-leader', 'decideCorrection', { correctionId, approve: false, reason: '现场未见到该同学' });
    expect(rejected).toMatchObject({
      ok: true,
      data: { correction: { status: 'rejected', decisionReason: '现场未见到该同学', minutes: null } },
    });
    expect(await ledgerOf(activity._id)).toEqual([]);
    expect(await attendanceOf(activity._id, 'o-fix-b')).toMatchObject({ closedBy: 'auto', minutes: 0 });
    expect((await records('o-fix-b', 'myCorrections')).data.corrections).toEqual([
      expect.objectContaining({ correctionId, status: 'rejected', decisionReason: '现场未见到该同学' }),
    ]);
  });

  it('the organiser queue lists pending requests first; strangers see nothing', async () => {
    const activity = await putActivity({ startedMinutesAgo: 300, hours: 3 });
    for (const openid of ['o-fix-c', 'o-fix-d']) {
      await putAttendance(activity, openid, { checkedInAt: activity.startAt, closedBy: 'auto', minutes: 0 });
      await records(openid, 'requestCorrection', { activityId: activity._id, checkedOutAt: at(activity.startAt, 60), reason: '忘记签退' });
    }
    await records('dev-leader', 'decideCorrection', { correctionId: `${activity._id}:o-fix-c`, approve: true });
    const queue = (await records('dev-leader', 'corrections', { activityId: activity._id })).data.corrections;
    expect(queue.map((one: { openid: string; status: string }) => [one.openid, one.status])).toEqual([
      ['o-fix-d', 'pending'],
      ['o-fix-c', 'approved'],
    ]);
    expect(await records('o-fix-stranger', 'corrections', { activityId: activity._id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await records('o-fix-stranger', 'decideCorrection', { correctionId: `${activity._id}:o-fix-d`, approve: true })).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('我的志愿时长 lists an automatically closed attendance with why it counts nothing and that 补录 is possible', async () => {
    const activity = await autoClosed('o-fix-c', '清明祭扫志愿服务');
    const hours = await functionClient(local, 'activities')('o-fix-c', 'myHours', {});
    expect(hours.ok && hours.data.uncredited.find((row) => row.activityId === activity._id)).toMatchObject({
      title: '清明祭扫志愿服务',
      reason: '签到后未签退（活动结束时自动结束，可申请补录）',
    });
  });

  it('admins page every activity’s pending requests, oldest first; decided ones leave the list; others are refused', async () => {
    const first = await autoClosed('o-fix-a', '植树节志愿服务');
    const second = await autoClosed('o-fix-b', '世界读书日志愿服务');
    for (const [openid, activity] of [
      ['o-fix-a', first],
      ['o-fix-b', second],
    ] as const)
      await records(openid, 'requestCorrection', { activityId: activity._id, checkedOutAt: at(activity.startAt, 90), reason: '手机没电' });
    const pendingIds = async () => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await records('dev-admin', 'pendingCorrections', { limit: 1, ...(cursor ? { cursor } : {}) });
        if (!page.ok) throw new Error(JSON.stringify(page));
        expect(page.data.items.every((item) => item.status === 'pending')).toBe(true);
        ids.push(...page.data.items.map((item) => item.correctionId));
        cursor = page.data.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    };
    const mine = [`${first._id}:o-fix-a`, `${second._id}:o-fix-b`];
    const listed = await pendingIds();
    expect(listed.filter((id) => mine.includes(id))).toEqual(mine);
    await records('dev-admin', 'decideCorrection', { correctionId: mine[0], approve: false, reason: '签退时间不符' });
    expect((await pendingIds()).filter((id) => mine.includes(id))).toEqual([mine[1]]);
    // The list is for admins: a team leader decides through the console of an activity he organises.
    expect(await records('dev-leader', 'pendingCorrections', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await records('o-fix-a', 'pendingCorrections', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses requests for records that need none, and times outside check-in … end of the window', async () => {
    const activity = await putActivity({ startedMinutesAgo: 300, hours: 3 });
    await putAttendance(activity, 'o-fix-done', {
      checkedInAt: activity.startAt,
      checkedOutAt: activity.endAt,
      closedBy: 'checkout',
      minutes: 180,
    });
    const request = (openid: string, minutes: number) =>
      records(openid, 'requestCorrection', { activityId: activity._id, checkedOutAt: at(activity.startAt, minutes), reason: '补录申请' });
    expect(await request('o-fix-done', 100)).toMatchObject({ code: 'CORRECTION_NOT_ALLOWED' });
    expect(await request('o-fix-nobody', 100)).toMatchObject({ code: 'CORRECTION_NOT_ALLOWED' });
    await putAttendance(activity, 'o-fix-late', {
      checkedInAt: new Date(activity.startAt.getTime() + 30 * 60_000),
      closedBy: 'auto',
      minutes: 0,
    });
    expect(await request('o-fix-late', 20)).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('签退时间应晚于签到时间'),
    });
    // The window closes at end + 30 min late margin.
    expect(await request('o-fix-late', 180 + 31)).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await request('o-fix-late', 180 + 30)).toMatchObject({ ok: true });
    expect(
      await records('o-fix-late', 'requestCorrection', { activityId: activity._id, checkedOutAt: 'yesterday', reason: '补录申请' }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await records('dev-leader', 'decideCorrection', { correctionId: 'not-an-id', approve: true })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await records('dev-leader', 'decideCorrection', { correctionId: `${activity._id}:o-fix-nobody`, approve: true })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
