import { startTestLocal, type TestLocal } from '../host/local-harness';
import type { runPublishDue } from '../../cloudfunctions/notices/timers/publish-due';
import { db } from './bookings-fixtures';
import { functionClient, runTimer, type FunctionCall } from './function-client';
import { addNoticeMember, drainFanout, noticeMessagesOf, notice, paragraph } from './notices-fixtures';

jest.setTimeout(120_000);

const ADMIN = 'dev-admin';
const LEADER = 'dev-leader'; // leads team-car-care
const STUDENT = 'dev-student'; // 汽修2301班 under 汽车专业群团支部, car-care volunteer
const TEACHER = 'dev-teacher'; // the college itself, no team

/** Targeting, receipts, confirmations, reminders, recall, publisher limits and input checks through the host. */
describe('notices through the host', () => {
  let local: TestLocal;
  let call: FunctionCall<'notices'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'notices');
  });
  afterAll(() => local?.dispose());
  const publishDue = () => runTimer<typeof runPublishDue>(local, 'notices', 'publishDue');

  const publish = async (who: string, params: Record<string, unknown>) => {
    const reply = await call(who, 'publish', params);
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    return reply.data.noticeId as string;
  };

  it('reaches a branch and its classes only: feed and badge', async () => {
    const beforeStudent = (await call(STUDENT, 'unreadCount')).data.count;
    const beforeTeacher = (await call(TEACHER, 'unreadCount')).data.count;
    const noticeId = await publish(
      ADMIN,
      notice('支部大会通知', { kind: 'orgUnits', orgUnitIds: ['ou-branch-auto'] }, { confirmMode: 'confirm', pinned: true }),
    );

    expect((await call(STUDENT, 'unreadCount')).data.count).toBe(beforeStudent + 1);
    expect((await call(TEACHER, 'unreadCount')).data.count).toBe(beforeTeacher);
    const feed = (await call(STUDENT, 'feed')).data.items;
    expect(feed[0]).toMatchObject({ noticeId, pinned: true, read: false, status: 'published' });
    expect((await call(TEACHER, 'feed')).data.items.map((item: any) => item.noticeId)).not.toContain(noticeId);
    expect(await call(TEACHER, 'get', { noticeId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call(TEACHER, 'read', { noticeId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    await call(STUDENT, 'read', { noticeId });
    expect((await call(STUDENT, 'unreadCount')).data.count).toBe(beforeStudent);
    expect((await call(STUDENT, 'confirm', { noticeId })).data).toEqual({ firstConfirm: true });
    expect((await call(ADMIN, 'receipts', { noticeId })).data).toMatchObject({ read: 1, confirmed: 1 });
  });

  it('counts concurrent reads and confirmations once per member', async () => {
    const members = await Promise.all(['nr-a', 'nr-b', 'nr-c'].map((id) => addNoticeMember(id, 'ou-class-rj2301')));
    const noticeId = await publish(
      ADMIN,
      notice('回执计数', { kind: 'orgUnits', orgUnitIds: ['ou-class-rj2301'] }, { confirmMode: 'reply' }),
    );
    const reads = await Promise.all(members.flatMap((id) => [1, 2, 3].map(() => call(id, 'read', { noticeId }))));
    expect(reads.filter((reply) => reply.data.firstRead)).toHaveLength(3);
    expect(await call(members[0], 'confirm', { noticeId })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const confirms = await Promise.all([1, 2, 3, 4].map(() => call(members[1], 'confirm', { noticeId, reply: '收到' })));
    expect(confirms.filter((reply) => reply.data.firstConfirm)).toHaveLength(1);

    const summary = (await call(ADMIN, 'receipts', { noticeId })).data;
    expect(summary).toMatchObject({ audience: 3, read: 3, confirmed: 1, notYet: 0 });
    expect(summary.byOrgUnit).toEqual([{ orgUnitId: 'ou-class-rj2301', name: '软件2301班', audience: 3, read: 3, confirmed: 1 }]);

    // A first open racing first confirmations: one more read and one more confirmation. The audience
    // was counted once, by the first summary, before this member joined.
    const racer = await addNoticeMember('nr-d', 'ou-class-rj2301');
    await Promise.all([
      call(racer, 'read', { noticeId }),
      ...[1, 2, 3].map(() => call(racer, 'confirm', { noticeId, reply: '好' })),
      call(racer, 'read', { noticeId }),
    ]);
    expect((await call(ADMIN, 'receipts', { noticeId })).data).toMatchObject({ audience: 3, read: 4, confirmed: 2 });
    const readers = (await call(ADMIN, 'receiptList', { noticeId, which: 'read' })).data.items;
    expect(readers.find((row: any) => row.openid === members[1])).toMatchObject({ reply: '收到' });
  });

  it('pushes once per recipient, and reminds only the unread, at most once an hour', async () => {
    const members = await Promise.all(['rm-a', 'rm-b', 'rm-c'].map((id) => addNoticeMember(id, 'ou-class-jy2302')));
    const noticeId = await publish(ADMIN, notice('提醒测试', { kind: 'orgUnits', orgUnitIds: ['ou-class-jy2302'] }));
    await drainFanout(local);
    expect(await Promise.all(members.map(noticeMessagesOf))).toEqual([1, 1, 1]);
    expect((await call(ADMIN, 'fanoutStatus', { noticeId })).data.jobs[0]).toMatchObject({
      kind: 'publish',
      status: 'done',
      sent: 3,
      failed: 0,
    });

    await call(members[0], 'read', { noticeId });
    const notYet = (await call(ADMIN, 'receiptList', { noticeId, which: 'notYet' })).data.items.map((row: any) => row.openid);
    expect(notYet.sort()).toEqual([members[1], members[2]]);

    const [first, second] = await Promise.all([call(ADMIN, 'remindUnread', { noticeId }), call(ADMIN, 'remindUnread', { noticeId })]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((reply) => !reply.ok)).toMatchObject({ code: 'REMIND_TOO_SOON' });
    // The figure the confirmation shows is 未读 on the receipts page, and it is who gets the reminder.
    expect((await call(ADMIN, 'receipts', { noticeId })).data.notYet).toBe(2);
    expect([first, second].find((reply) => reply.ok)).toMatchObject({ data: { reminding: 2 } });
    await drainFanout(local);
    expect(await Promise.all(members.map(noticeMessagesOf))).toEqual([1, 2, 2]);

    // Everyone has read this one: nothing is sent, and the hour is not spent.
    const allRead = await publish(ADMIN, notice('全部已读', { kind: 'orgUnits', orgUnitIds: ['ou-class-jy2302'] }));
    for (const member of members) await call(member, 'read', { noticeId: allRead });
    expect(await call(ADMIN, 'remindUnread', { noticeId: allRead })).toMatchObject({
      ok: false,
      code: 'NOTHING_TO_REMIND',
      message: '全部成员都已阅读，无需提醒',
    });
    expect((await call(ADMIN, 'receipts', { noticeId: allRead })).data.lastRemindedAt).toBeNull();
  });

  it('opening a notice reads its 消息 copies (publish and reminder) and no other, so the two badges agree', async () => {
    const [reader, other] = await Promise.all(['mr-a', 'mr-b'].map((id) => addNoticeMember(id, 'ou-class-jy2302')));
    const audience = { kind: 'orgUnits', orgUnitIds: ['ou-class-jy2302'] };
    const noticeId = await publish(ADMIN, notice('消息同步已读', audience));
    const untouched = await publish(ADMIN, notice('另一条通知', audience));
    await drainFanout(local);
    expect((await call(ADMIN, 'remindUnread', { noticeId })).ok).toBe(true);
    await drainFanout(local);
    const messages = functionClient(local, 'messages');
    const unread = async (openid: string) => ((await messages(openid, 'unreadCount', {})).data as { unread: number }).unread;
    const before = await unread(reader);

    expect((await call(reader, 'read', { noticeId })).ok).toBe(true);
    expect(await unread(reader)).toBe(before - 2);
    const items = ((await messages(reader, 'list', { limit: 20 })).data as { items: unknown }).items as {
      title: string;
      read: boolean;
      page: string;
    }[];
    expect(items.filter((m) => m.title.endsWith('消息同步已读')).map((m) => m.read)).toEqual([true, true]);
    expect(items.find((m) => m.title === '另一条通知')).toMatchObject({
      read: false,
      page: `packages/notices/detail/index?noticeId=${untouched}`,
    });
    expect(await unread(other)).toBe(before);
  });

  it('recall: recipients see the title and the reason, not the body, and it leaves the badge', async () => {
    await addNoticeMember('rc-a', 'ou-class-sm223');
    const noticeId = await publish(ADMIN, notice('将被撤回', { kind: 'orgUnits', orgUnitIds: ['ou-class-sm223'] }));
    await call('rc-a', 'read', { noticeId });
    const other = await publish(ADMIN, notice('未读的另一条', { kind: 'orgUnits', orgUnitIds: ['ou-class-sm223'] }));
    expect((await call('rc-a', 'unreadCount')).data.count).toBe(1);
    expect(await call(STUDENT, 'recall', { noticeId, reason: '时间有误' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await call(ADMIN, 'recall', { noticeId, reason: '时间有误，另行通知' })).ok).toBe(true);

    expect((await call('rc-a', 'unreadCount')).data.count).toBe(1);
    const row = (await call('rc-a', 'feed')).data.items.find((item: any) => item.noticeId === noticeId);
    expect(row).toMatchObject({ status: 'recalled', recallReason: '时间有误，另行通知' });
    expect((await call('rc-a', 'get', { noticeId })).data).toMatchObject({
      status: 'recalled',
      body: [],
      recall: { reason: '时间有误，另行通知' },
    });
    expect(await call('rc-a', 'read', { noticeId: other })).toMatchObject({ ok: true });
    expect((await call('rc-a', 'unreadCount')).data.count).toBe(0);
  });

  it('a leader publishes to their own team only; drafts, preview and edit history', async () => {
    const toOwnTeam = notice('队内通知', { kind: 'teams', teamIds: ['team-car-care'] });
    expect(await call(LEADER, 'publish', notice('全院通知', { kind: 'everyone' }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(LEADER, 'publish', notice('别队通知', { kind: 'teams', teamIds: ['team-computer-clinic'] }))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await call(STUDENT, 'publish', toOwnTeam)).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const draftId = (await call(LEADER, 'saveDraft', toOwnTeam)).data.noticeId;
    expect((await call(LEADER, 'get', { noticeId: draftId })).data).toMatchObject({ status: 'draft', canManage: true });
    expect(await call(STUDENT, 'get', { noticeId: draftId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await call(LEADER, 'publish', { ...toOwnTeam, draftId })).data).toEqual({ noticeId: draftId, status: 'published' });
    expect((await call(STUDENT, 'feed')).data.items.map((item: any) => item.noticeId)).toContain(draftId);

    expect((await call(LEADER, 'edit', { noticeId: draftId, title: '队内通知（更正）', body: paragraph('改为周六') })).data.version).toBe(
      2,
    );
    const detail = (await call(LEADER, 'get', { noticeId: draftId })).data;
    expect(detail).toMatchObject({ title: '队内通知（更正）', history: [{ title: '队内通知' }] });
    expect((await call(STUDENT, 'get', { noticeId: draftId })).data.history).toBeNull();
  });

  it('refuses raw HTML, operators, bad links, control and bidi characters and over-long input with INVALID_INPUT', async () => {
    const everyone = { kind: 'everyone' };
    const bad = [
      { ...notice('HTML 正文', everyone), body: '<p>hi</p>' },
      { ...notice('HTML 片段', everyone), body: paragraph('<script>alert(1)</script>') },
      { ...notice('链接', everyone), body: [{ type: 'paragraph', children: [{ text: '点这里', link: 'javascript:alert(1)' }] }] },
      { ...notice('操作符', everyone), audience: { kind: 'orgUnits', orgUnitIds: [{ $ne: null }] } },
      { ...notice('多余字段', everyone), body: [{ type: 'paragraph', children: [{ text: 'x', $where: '1' }] }] },
      { ...notice('超长', everyone), body: paragraph('长'.repeat(2001)) },
      notice('标'.repeat(61), everyone),
      { ...notice('未知确认方式', everyone), confirmMode: 'sign' },
      notice('反向\u202e知通', everyone),
      { ...notice('控制字符', everyone), body: paragraph('正文\u0007响铃') },
      { ...notice('方向隔离', everyone), body: paragraph('正文\u2066隔离\u2069') },
    ];
    for (const params of bad) expect(await call(ADMIN, 'publish', params)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await call(ADMIN, 'read', { noticeId: { $gt: '' } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('the scheduler publishes a due notice exactly once when two ticks overlap', async () => {
    await addNoticeMember('sc-a', 'ou-class-qx2201');
    const publishAt = new Date(Date.now() + 60_000).toISOString();
    const noticeId = await publish(ADMIN, notice('定时通知', { kind: 'orgUnits', orgUnitIds: ['ou-class-qx2201'] }, { publishAt }));
    expect((await call('sc-a', 'feed')).data.items.map((item: any) => item.noticeId)).not.toContain(noticeId);
    const badgeBefore = (await call('sc-a', 'unreadCount')).data.count;
    expect((await publishDue()).data.published).toEqual([]);
    // Make it due without faking a clock.
    await db()
      .collection('notices')
      .doc(noticeId)
      .update({ publishAt: new Date(Date.now() - 1000) });

    const ticks = await Promise.all([publishDue(), publishDue(), publishDue()]);
    expect(ticks.flatMap((tick) => tick.data.published)).toEqual([noticeId]);
    await Promise.all([drainFanout(local), drainFanout(local)]);
    expect(await noticeMessagesOf('sc-a')).toBe(1);
    expect((await call('sc-a', 'unreadCount')).data.count).toBe(badgeBefore + 1);
  });
});
