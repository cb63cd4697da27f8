import { startTestLocal, type TestLocal } from '../host/local-harness';
import { createActivity, minutesFromNow, signedUpStudents } from './activities-fixtures';
import { CAR, db, publishSlot } from './bookings-fixtures';
import type { FunctionName } from '@core/function-contracts';
import { functionClient, untypedClient } from './function-client';
import { addNoticeMember, notice } from './notices-fixtures';
import { putNumberedMember } from './records-fixtures';
import { studentApplication } from './users-fixtures';

jest.setTimeout(180_000);

/**
 * Every paged list action, called over HTTP by a role allowed to call it with otherwise-valid
 * params, refuses every forged cursor with INVALID_INPUT and a Chinese message (never INTERNAL,
 * which is what an Invalid Date or an operator reaching the query used to give), while a real
 * cursor from page 1 still gives page 2.
 */

const base64url = (text: string) => Buffer.from(text).toString('base64url');
const json = (value: unknown) => base64url(JSON.stringify(value));

/** Shapes refused whatever the action's key fields are. */
const FIXED_FORGERIES: [string, string][] = [
  ['[9e15,"x"]', json([9e15, 'x'])],
  ['[-9e15,"x"]', json([-9e15, 'x'])],
  ['one value', json([1])],
  ['five values', json([1, 'x', 2, 'y', 3])],
  ['wrong types', json(['x', 1])],
  ['booleans', json([true, false])],
  ['non-JSON', base64url('{not json')],
  ['{"$gt":""}', json({ $gt: '' })],
  ['[{"$gt":""},{"$ne":null}]', json([{ $gt: '' }, { $ne: null }])],
  ['JSON null', json(null)],
  ['10 KB', 'A'.repeat(10_240)],
  ['empty string', ''],
  ['not base64url', 'a+b/c=='],
];

/** Not even text: an operator object, a number, a list, null, a boolean. */
const NON_TEXT_CURSORS: [string, unknown][] = [
  ['raw {"$gt":""}', { $gt: '' }],
  ['a number', 12345],
  ['a list', ['x']],
  ['null', null],
  ['true', true],
];

/** Forgeries made from the action's own real cursor: right arity, one value replaced or the arity off by one. */
const derivedForgeries = (real: string): [string, string][] => {
  const values = JSON.parse(Buffer.from(real, 'base64url').toString('utf8')) as unknown[];
  const replaced = (i: number, value: unknown) => values.map((original, j) => (j === i ? value : original));
  return [
    ...values.flatMap((_, i): [string, string][] => [
      [`value ${i} = 9e15`, json(replaced(i, 9e15))],
      [`value ${i} = -9e15`, json(replaced(i, -9e15))],
      [`value ${i} = {"$gt":""}`, json(replaced(i, { $gt: '' }))],
      [`value ${i} = [..]`, json(replaced(i, [values[i]]))],
    ]),
    ['one value more', json([...values, values[values.length - 1]])],
    ['one value less', json(values.slice(0, -1))],
  ];
};

interface ListCase {
  name: string;
  fn: FunctionName;
  action: string;
  as: string;
  params: () => Record<string, unknown>;
  /** What tells two rows apart. */
  idOf: (item: any) => string;
}

describe('forged paging cursors', () => {
  let local: TestLocal;
  const clients = new Map<FunctionName, ReturnType<typeof untypedClient>>();
  const call = (fn: FunctionName) => {
    if (!clients.has(fn)) clients.set(fn, untypedClient(local, fn));
    return clients.get(fn)!;
  };
  const must = async (fn: FunctionName, as: string, action: string, params: Record<string, unknown>) => {
    const reply = await call(fn)(as, action, params);
    if (!reply.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(reply)}`);
    return reply.data;
  };

  const ADMIN = 'dev-admin';
  const TEACHER = 'dev-teacher';
  const READER = 'fc-reader';
  let activityId = '';
  let noticeId = '';
  let cases: ListCase[] = [];
  let counted = 0;
  let refused = 0;

  beforeAll(async () => {
    local = await startTestLocal();
    // users: two pending applications; the directory has the seeded and stored members.
    for (const n of [1, 2]) await must('users', `fc-guest-${n}`, 'applyMembership', studentApplication(`FC00000${n}`));
    // users: the teacher asks to join two teams.
    for (const teamId of ['team-computer-clinic', 'team-ai-outreach']) await must('users', TEACHER, 'applyToTeam', { teamId });
    // bookings: two of the teacher's bookings.
    for (const days of [3, 4]) {
      const slot = await publishSlot(functionClient(local, 'bookings'), 'svc-car-wash', { days });
      await must('bookings', TEACHER, 'book', { slotId: slot.slotId, details: CAR });
    }
    // activities: two upcoming, one of them with two sign-ups and two audited manual additions.
    activityId = await createActivity(functionClient(local, 'activities'), { title: '翻页测试活动一' });
    const another = await createActivity(functionClient(local, 'activities'), { title: '翻页测试活动二' });
    await signedUpStudents(functionClient(local, 'activities'), activityId, 'fc-student', 2);
    await must('activities', 'fc-student-0', 'signUp', { activityId: another });
    for (const n of [1, 2]) {
      await putNumberedMember(`fc-numbered-${n}`, `FC10000${n}`, `补录${n}`);
      await must('records', ADMIN, 'addAttendance', {
        activityId,
        memberNo: `FC10000${n}`,
        checkedInAt: minutesFromNow(-1),
        reason: '忘记扫码',
      });
    }
    // qa: two questions sharing a word.
    for (const title of ['翻页雨刮器异响', '翻页雨刮器更换']) {
      await must('qa', TEACHER, 'ask', { title, body: '雨刮器刮不干净，想问问怎么处理', tags: ['保养'] });
    }
    // notices: two notices to everyone, read by two members; a third member has not read them.
    for (const openid of [READER, 'fc-reader-2', 'fc-unread']) await addNoticeMember(openid, 'ou-class-qx2301');
    for (const title of ['翻页通知一', '翻页通知二'])
      noticeId = (await must('notices', ADMIN, 'publish', notice(title, { kind: 'everyone' }))).noticeId;
    for (const openid of [READER, 'fc-reader-2']) await must('notices', openid, 'read', { noticeId });
    // messages: two in the reader's message center.
    for (const n of [1, 2]) {
      await db()
        .collection('messages')
        .add({
          _id: `fc-message-${n}`,
          openid: READER,
          kind: 'noticePublished',
          title: `消息${n}`,
          body: '翻页测试',
          page: '/pages/me/index',
          fields: {},
          read: false,
          createdAt: new Date(Date.now() - n * 1000),
          readAt: null,
        });
    }
    cases = [
      {
        name: 'users.listApplications',
        fn: 'users',
        action: 'listApplications',
        as: ADMIN,
        params: () => ({}),
        idOf: (a) => a.applicationId,
      },
      { name: 'users.listMembers', fn: 'users', action: 'listMembers', as: ADMIN, params: () => ({}), idOf: (m) => m.openid },
      {
        name: 'users.listMembers (number prefix)',
        fn: 'users',
        action: 'listMembers',
        as: ADMIN,
        params: () => ({ query: 'FC' }),
        idOf: (m) => m.openid,
      },
      {
        name: 'users.myTeamJoinRequests',
        fn: 'users',
        action: 'myTeamJoinRequests',
        as: TEACHER,
        params: () => ({}),
        idOf: (r) => r.requestId,
      },
      { name: 'bookings.mine', fn: 'bookings', action: 'mine', as: TEACHER, params: () => ({}), idOf: (b) => b.bookingId },
      {
        name: 'activities.list upcoming',
        fn: 'activities',
        action: 'list',
        as: TEACHER,
        params: () => ({ tab: 'upcoming' }),
        idOf: (a) => a.activityId,
      },
      {
        name: 'activities.list mine',
        fn: 'activities',
        action: 'list',
        as: 'fc-student-0',
        params: () => ({ tab: 'mine' }),
        idOf: (a) => a.activityId,
      },
      {
        name: 'activities.attendance',
        fn: 'activities',
        action: 'attendance',
        as: ADMIN,
        params: () => ({ activityId }),
        idOf: (a) => a.openid,
      },
      {
        name: 'records.auditLog',
        fn: 'records',
        action: 'auditLog',
        as: ADMIN,
        params: () => ({ activityId }),
        idOf: (e) => JSON.stringify(e),
      },
      { name: 'qa.feed', fn: 'qa', action: 'feed', as: TEACHER, params: () => ({}), idOf: (q) => q.questionId },
      {
        name: 'qa.feed by tag',
        fn: 'qa',
        action: 'feed',
        as: TEACHER,
        params: () => ({ filter: 'tag', tag: '保养' }),
        idOf: (q) => q.questionId,
      },
      { name: 'qa.search', fn: 'qa', action: 'search', as: TEACHER, params: () => ({ q: '雨刮器' }), idOf: (q) => q.questionId },
      { name: 'notices.feed', fn: 'notices', action: 'feed', as: READER, params: () => ({}), idOf: (n) => n.noticeId },
      { name: 'notices.authored', fn: 'notices', action: 'authored', as: ADMIN, params: () => ({}), idOf: (n) => n.noticeId },
      {
        name: 'notices.receiptList read',
        fn: 'notices',
        action: 'receiptList',
        as: ADMIN,
        params: () => ({ noticeId, which: 'read' }),
        idOf: (r) => r.openid,
      },
      {
        name: 'notices.receiptList notYet',
        fn: 'notices',
        action: 'receiptList',
        as: ADMIN,
        params: () => ({ noticeId, which: 'notYet' }),
        idOf: (r) => r.openid,
      },
      { name: 'messages.list', fn: 'messages', action: 'list', as: READER, params: () => ({}), idOf: (m) => m.messageId },
    ];
  });
  afterAll(() => {
    console.log(`forged cursors: ${counted} forged calls over ${cases.length} list cases, ${refused} answered INVALID_INPUT in Chinese`);
    return local?.dispose();
  });

  const listCase = (name: string) => {
    const found = cases.find((c) => c.name === name);
    if (!found) throw new Error(`no case ${name}`);
    return found;
  };

  it.each([
    'users.listApplications',
    'users.listMembers',
    'users.listMembers (number prefix)',
    'bookings.mine',
    'activities.list upcoming',
    'activities.list mine',
    'activities.attendance',
    'records.auditLog',
    'qa.feed',
    'qa.feed by tag',
    'qa.search',
    'notices.feed',
    'notices.authored',
    'notices.receiptList read',
    'notices.receiptList notYet',
    'messages.list',
  ])('%s: forged cursors are INVALID_INPUT, a real one gives page 2', async (name) => {
    const c = listCase(name);
    const list = (extra: Record<string, unknown>) => call(c.fn)(c.as, c.action, { ...c.params(), ...extra });

    const first = await list({ limit: 1 });
    expect(first).toMatchObject({ ok: true });
    expect(first.data.nextCursor).toEqual(expect.any(String));
    const second = await list({ limit: 1, cursor: first.data.nextCursor });
    expect(second).toMatchObject({ ok: true });
    const seen = first.data.items.map(c.idOf);
    const next = second.data.items.map(c.idOf);
    expect(next.filter((id: string) => seen.includes(id))).toEqual([]);
    expect(next.length + (second.data.nextCursor ? 1 : 0)).toBeGreaterThan(0);

    const answers: { forgery: string; code: string; chinese: boolean }[] = [];
    for (const [forgery, cursor] of [...FIXED_FORGERIES, ...NON_TEXT_CURSORS, ...derivedForgeries(first.data.nextCursor)]) {
      const reply = await list({ limit: 1, cursor });
      answers.push({ forgery, code: reply.ok ? 'OK' : String(reply.code), chinese: /[\u4e00-\u9fff]/.test(reply.message ?? '') });
      counted += 1;
      if (answers[answers.length - 1].code === 'INVALID_INPUT' && answers[answers.length - 1].chinese) refused += 1;
    }
    expect(answers.filter((answer) => answer.code !== 'INVALID_INPUT' || !answer.chinese)).toEqual([]);
  });
});
