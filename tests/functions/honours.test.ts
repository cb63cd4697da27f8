import type { evaluateHonours } from '../../cloudfunctions/honours/timers/evaluate-honours';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { functionClient, runTimer, type FunctionCall } from './function-client';
import { creditMinutes, endNotice, putMember, SMALL_THRESHOLDS } from './honours-fixtures';
import { putActivity, putAttendance } from './records-fixtures';

jest.setTimeout(180_000);

const ADMIN = 'dev-admin';

/** Issue 17: star levels from verified hours only — settings, notice, award, withdrawal, reversal, races. */
describe('honours: star levels (integration)', () => {
  let local: TestLocal;
  let honours: FunctionCall<'honours'>;
  let records: FunctionCall<'records'>;
  let users: FunctionCall<'users'>;
  const statusOf = async (openid: string) =>
    Object.fromEntries((await honours(openid, 'mine')).data.awards.map((award) => [award.level, award.status]));
  const tick = async () => {
    const reply = await runTimer<typeof evaluateHonours>(local, 'honours', 'evaluateHonours');
    expect(reply.ok).toBe(true);
    return reply.data;
  };

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    honours = functionClient(local, 'honours');
    records = functionClient(local, 'records');
    users = functionClient(local, 'users');
  });
  afterAll(() => local?.dispose());

  it('starts from 100/300/600/1000/1500 h and 5 working days; saves only ascending positive thresholds, audited', async () => {
    expect(await honours(ADMIN, 'settings')).toMatchObject({
      ok: true,
      data: { settings: { thresholds: [100, 300, 600, 1000, 1500], noticeWorkingDays: 5, nominationRules: [] } },
    });
    const descending = await honours(ADMIN, 'saveSettings', { ...SMALL_THRESHOLDS, thresholds: [1, 3, 2, 4, 5] });
    expect(descending).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('逐级递增') });
    const zero = await honours(ADMIN, 'saveSettings', { ...SMALL_THRESHOLDS, thresholds: [0, 2, 3, 4, 5] });
    expect(zero).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('正数') });
    expect(await honours(ADMIN, 'saveSettings', { ...SMALL_THRESHOLDS, noticeWorkingDays: 0 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await honours('dev-student', 'saveSettings', SMALL_THRESHOLDS)).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    expect(await honours(ADMIN, 'saveSettings', SMALL_THRESHOLDS)).toMatchObject({
      ok: true,
      data: { settings: { thresholds: [1, 2, 3, 4, 5] } },
    });
    const trail = await users(ADMIN, 'auditTrail', { kind: 'honours.settings' });
    expect(trail.ok).toBe(true);
    expect(JSON.stringify(trail.data)).toContain('荣誉设置');
  });

  it('counts only verified ledger entries: a pending correction and a reversed entry add nothing', async () => {
    await putMember('h-only', '许只算', '2023990001');
    await creditMinutes('h-only', 50);
    const reversed = await creditMinutes('h-only', 40);
    // An auto-closed attendance whose correction is pending: its hours are not verified yet.
    const activity = await putActivity({ startedMinutesAgo: 300, hours: 3 });
    await putAttendance(activity, 'h-only', { checkedInAt: activity.startAt, closedBy: 'auto', minutes: 0 });
    const correction = await records('h-only', 'requestCorrection', {
      activityId: activity._id,
      checkedOutAt: new Date(activity.startAt.getTime() + 150 * 60_000).toISOString(),
      reason: '忘记签退',
    });
    expect(correction).toMatchObject({ ok: true, data: { correction: { status: 'pending' } } });
    expect(await records(ADMIN, 'reverseHours', { entryId: reversed, reason: '重复登记' })).toMatchObject({ ok: true });

    const mine = await honours('h-only', 'mine');
    expect(mine).toMatchObject({ ok: true, data: { verifiedMinutes: 50, level: 0, progress: { nextLevel: 1, remainingMinutes: 10 } } });
    expect(mine.data.ruleText).toContain('已认定');
    // 我的志愿时长 leaves the reversed entry out too.
    const myHours = await functionClient(local, 'activities')('h-only', 'myHours');
    expect(myHours).toMatchObject({ ok: true, data: { totalMinutes: 50 } });
    expect(myHours.data.entries.map((entry) => entry.entryId)).not.toContain(reversed);
    await tick();
    expect(await statusOf('h-only')).toEqual({});
  });

  it('puts a reached level on notice, awards it only when the notice is over, and the committee may withdraw during it', async () => {
    await putMember('h-star', '林星', '2023990002');
    await creditMinutes('h-star', 90);
    await creditMinutes('h-star', 60);
    expect(await honours(ADMIN, 'evaluate')).toMatchObject({ ok: true, data: { noticed: 2 } });
    const mine = (await honours('h-star', 'mine')).data;
    expect(mine).toMatchObject({ verifiedMinutes: 150, level: 0 });
    expect(mine.awards.map((award) => [award.levelLabel, award.status])).toEqual([
      ['一星', 'notice'],
      ['二星', 'notice'],
    ]);
    // The end is a Shanghai midnight 5 working days on (the day itself never counts).
    const end = new Date(mine.awards[0].noticeEndsAt);
    expect(end.getTime() - Date.now()).toBeGreaterThan(5 * 24 * 60 * 60 * 1000);
    expect((end.getTime() + 8 * 3600_000) % (24 * 3600_000)).toBe(0);

    // Anyone sees the public notice, with names but no member numbers.
    const notice = await honours('dev-student', 'publicNotice');
    expect(notice.data.lines.filter((line) => line.name === '林星').map((line) => line.levelLabel)).toEqual(['一星', '二星']);
    expect(JSON.stringify(notice.data)).not.toContain('2023990002');

    await tick();
    expect(await statusOf('h-star')).toEqual({ 1: 'notice', 2: 'notice' });
    await endNotice('h-star:1');
    expect(await tick()).toMatchObject({ awarded: 1 });
    expect(await statusOf('h-star')).toEqual({ 1: 'awarded', 2: 'notice' });
    expect((await honours('h-star', 'mine')).data.level).toBe(1);

    const withdrawn = await honours(ADMIN, 'withdraw', { awardId: 'h-star:2', reason: '服务记录存疑' });
    expect(withdrawn).toMatchObject({
      ok: true,
      data: { award: { status: 'withdrawn', withdrawnCause: 'committee', withdrawnReason: '服务记录存疑' } },
    });
    expect(await honours(ADMIN, 'withdraw', { awardId: 'h-star:2', reason: '再次撤回' })).toMatchObject({
      ok: false,
      code: 'HONOUR_NOT_ON_NOTICE',
    });
    expect(await honours(ADMIN, 'withdraw', { awardId: 'h-star:1', reason: '已授予' })).toMatchObject({
      ok: false,
      code: 'HONOUR_NOT_ON_NOTICE',
    });
    expect(await honours(ADMIN, 'withdraw', { awardId: 'h-star:2', reason: '' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    // A committee withdrawal stays withdrawn, however often the evaluation runs.
    await tick();
    expect(await statusOf('h-star')).toEqual({ 1: 'awarded', 2: 'withdrawn' });
    const trail = await users(ADMIN, 'auditTrail', { kind: 'honours.withdraw' });
    expect(JSON.stringify(trail.data)).toContain('服务记录存疑');
  });

  it('withdraws an awarded level at once when the hours under it are reversed, and notices it again once they are earned back', async () => {
    await putMember('h-rev', '周撤', '2023990003');
    await creditMinutes('h-rev', 60);
    const second = await creditMinutes('h-rev', 60);
    await tick();
    await endNotice('h-rev:1');
    await endNotice('h-rev:2');
    await tick();
    expect(await statusOf('h-rev')).toEqual({ 1: 'awarded', 2: 'awarded' });

    expect(await records(ADMIN, 'reverseHours', { entryId: second, reason: '活动未实际开展' })).toMatchObject({
      ok: true,
      data: { withdrawnLevels: 1 },
    });
    const mine = (await honours('h-rev', 'mine')).data;
    expect(mine).toMatchObject({ verifiedMinutes: 60, level: 1 });
    expect(mine.awards[1]).toMatchObject({ status: 'withdrawn', withdrawnCause: 'hours' });
    expect(await records(ADMIN, 'reverseHours', { entryId: second, reason: '活动未实际开展' })).toMatchObject({
      ok: false,
      code: 'HOURS_ALREADY_REVERSED',
    });
    expect(await records('dev-leader', 'reverseHours', { entryId: second, reason: '活动未实际开展' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });

    await creditMinutes('h-rev', 75);
    expect(await tick()).toMatchObject({ noticed: 1 });
    expect(await statusOf('h-rev')).toEqual({ 1: 'awarded', 2: 'notice' });
  });

  it('raising the thresholds later never withdraws a level reached under the old ones', async () => {
    await putMember('h-keep', '钱稳', '2023990004');
    await creditMinutes('h-keep', 70);
    await tick();
    await endNotice('h-keep:1');
    await tick();
    expect(await honours(ADMIN, 'saveSettings', { ...SMALL_THRESHOLDS, thresholds: [2, 3, 4, 5, 6] })).toMatchObject({ ok: true });
    await tick();
    expect(await statusOf('h-keep')).toEqual({ 1: 'awarded' });
    expect(await honours(ADMIN, 'saveSettings', SMALL_THRESHOLDS)).toMatchObject({ ok: true });
  });

  it('leaves one document per member and level when evaluations race', async () => {
    await putMember('h-race', '吴并', '2023990005');
    await creditMinutes('h-race', 200);
    const replies = await Promise.all(Array.from({ length: 6 }, () => honours(ADMIN, 'evaluate')));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    // Three levels reached: across all six runs each went on notice exactly once.
    const { data } = await db().collection('honour_awards').where({ openid: 'h-race' }).get();
    expect(data.map((award: { level: number }) => award.level).sort()).toEqual([1, 2, 3]);
    expect(replies.reduce((sum, reply) => sum + reply.data.noticed, 0)).toBe(3);

    await Promise.all(['h-race:1', 'h-race:2', 'h-race:3'].map(endNotice));
    const awarded = await Promise.all(Array.from({ length: 6 }, () => honours(ADMIN, 'evaluate')));
    expect(awarded.reduce((sum, reply) => sum + reply.data.awarded, 0)).toBe(3);
  });
});
