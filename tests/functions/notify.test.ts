import * as tcb from '@cloudbase/node-sdk';
import { createNotifier, notify } from '../../cloudfunctions/_lib/notify/notify';
import { main as messagesMain } from '../../cloudfunctions/messages';
import { main as usersMain } from '../../cloudfunctions/users';
import { LOCAL_TEMPLATE_IDS } from '../../local/local-templates';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { invokerOf, readOutbox } from './invoke-function';

jest.setTimeout(60_000);

const messages = invokerOf('messages', messagesMain);
const users = invokerOf('users', usersMain);
const ANSWER_TEMPLATE = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_ANSWER_RECEIVED;
const answer = { questionId: 'q_tyre', question: '胎压多少合适？', answerer: '张同学' };
const db = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
const sendsOf = async (openid: string) => (await db().collection('subscription_sends').where({ openid }).get()).data as any[];
const remaining = async (openid: string, templateId = ANSWER_TEMPLATE) =>
  ((await db().collection('subscriptions').doc(`${openid}:${templateId}`).get()).data[0]?.remaining as number | undefined) ?? 0;
/** One tick of the messages timer, as CloudBase delivers it: no caller in the context. */
const reconcileTick = () =>
  messagesMain(
    { Type: 'Timer', TriggerName: 'reconcileSends', Time: new Date().toISOString(), Message: '' },
    { environment: JSON.stringify({ TCB_ENV: 'starfire-local' }) },
  );
const grant = (openid: string, accepted = true) =>
  messages(openid, { action: 'recordSubscriptions', grants: [{ kind: 'answerReceived', templateId: ANSWER_TEMPLATE, accepted }] });

describe('notify: in-app message + at most one subscription push per grant', () => {
  let local: TestLocal;
  const outboxFor = async (openid: string) => (await readOutbox(local.emulatorUrl)).filter((message) => message.touser === openid);
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    process.env.STARFIRE_SEND_STALE_SECONDS = '0';
  });
  afterAll(async () => {
    delete process.env.STARFIRE_SEND_STALE_SECONDS;
    await local?.dispose();
  });

  it('records every notification in-app and pushes exactly one message per granted subscription', async () => {
    const openid = 'o-notify-granted';
    expect(await grant(openid)).toEqual({
      ok: true,
      data: { subscriptions: [{ kind: 'answerReceived', templateId: ANSWER_TEMPLATE, remaining: 1 }] },
    });
    expect((await grant(openid)).data.subscriptions[0].remaining).toBe(2);
    expect((await grant(openid, false)).data.subscriptions[0].remaining).toBe(2);

    const pushes = [];
    for (let i = 0; i < 3; i += 1) pushes.push((await notify(openid, 'answerReceived', answer)).push);
    expect(pushes).toEqual(['sent', 'sent', 'no-subscription']);

    const outbox = await outboxFor(openid);
    expect(outbox).toHaveLength(2);
    expect(outbox[0]).toMatchObject({
      templateId: ANSWER_TEMPLATE,
      page: 'packages/qa/question/index?id=q_tyre',
      data: { thing1: { value: '胎压多少合适？' }, thing2: { value: '张同学' } },
    });
    expect(await remaining(openid)).toBe(0);
    expect((await sendsOf(openid)).map((send) => send.status).sort()).toEqual(['sent', 'sent']);

    const list = await messages(openid, { action: 'list' });
    expect(list.data.items).toHaveLength(3);
    expect(list.data.items[0]).toMatchObject({
      kind: 'answerReceived',
      title: '你的问题有了新回答',
      body: '张同学 回答了「胎压多少合适？」',
      read: false,
    });
    expect(await messages(openid, { action: 'unreadCount' })).toEqual({ ok: true, data: { unread: 3 } });
  });

  it('a user without a subscription gets only the in-app message', async () => {
    const openid = 'o-notify-none';
    expect(await notify(openid, 'answerReceived', answer)).toMatchObject({ created: true, push: 'no-subscription' });
    expect(await outboxFor(openid)).toEqual([]);
    expect((await messages(openid, { action: 'unreadCount' })).data.unread).toBe(1);
  });

  it('a crash after "sending" is recorded never leads to a send: a retry skips it, reconcile reports unknown', async () => {
    const openid = 'o-notify-crash-before';
    await grant(openid);
    await grant(openid);
    const crashing = createNotifier({
      afterReserved: async () => {
        throw new Error('simulated crash: the function stopped before calling WeChat');
      },
    });
    await expect(crashing(openid, 'answerReceived', answer, { key: 'answer-1' })).rejects.toThrow('simulated crash');
    expect((await sendsOf(openid)).map((send) => send.status)).toEqual(['sending']);

    // The feature retries the same notification: the message exists once, nothing is pushed.
    expect(await notify(openid, 'answerReceived', answer, { key: 'answer-1' })).toMatchObject({
      created: false,
      push: 'already-attempted',
    });
    expect(await reconcileTick()).toEqual({ ok: true, data: { markedUnknown: 1 } });
    expect(await reconcileTick()).toEqual({ ok: true, data: { markedUnknown: 0 } });
    expect((await sendsOf(openid)).map((send) => send.status)).toEqual(['unknown']);
    expect(await outboxFor(openid)).toEqual([]);
    expect(await remaining(openid)).toBe(1); // spent once, for the one attempt
    expect((await messages(openid, { action: 'list' })).data.items).toHaveLength(1);
  });

  it('a crash after WeChat accepted but before "sent" was written leaves exactly one message in the outbox', async () => {
    const openid = 'o-notify-crash-after';
    await grant(openid);
    await grant(openid);
    const crashing = createNotifier({
      afterSent: async () => {
        throw new Error('simulated crash: the function stopped after WeChat answered');
      },
    });
    await expect(crashing(openid, 'answerReceived', answer, { key: 'answer-2' })).rejects.toThrow('simulated crash');
    expect(await outboxFor(openid)).toHaveLength(1);
    await Promise.all([notify(openid, 'answerReceived', answer, { key: 'answer-2' }), reconcileTick(), reconcileTick()]);
    expect(await notify(openid, 'answerReceived', answer, { key: 'answer-2' })).toMatchObject({ push: 'already-attempted' });
    expect(await outboxFor(openid)).toHaveLength(1);
    expect((await sendsOf(openid)).map((send) => send.status)).toEqual(['unknown']);
  });

  it('no answer from WeChat is recorded as unknown and never retried', async () => {
    const openid = 'o-notify-transport';
    await grant(openid);
    const unreachable = createNotifier({
      send: async () => {
        throw new Error('socket hang up');
      },
    });
    expect(await unreachable(openid, 'answerReceived', answer, { key: 'answer-3' })).toMatchObject({ push: 'unknown' });
    expect(await notify(openid, 'answerReceived', answer, { key: 'answer-3' })).toMatchObject({ push: 'already-attempted' });
    expect(await outboxFor(openid)).toEqual([]);
    expect((await sendsOf(openid))[0]).toMatchObject({ status: 'unknown', error: 'socket hang up' });
  });

  it('concurrent notifies of one keyed notification show it once and push it once', async () => {
    const openid = 'o-notify-concurrent';
    for (let i = 0; i < 3; i += 1) await grant(openid);
    const results = await Promise.all(Array.from({ length: 6 }, () => notify(openid, 'answerReceived', answer, { key: 'answer-4' })));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(results.filter((result) => result.push === 'sent')).toHaveLength(1);
    expect(await outboxFor(openid)).toHaveLength(1);
    expect(await remaining(openid)).toBe(2);
    expect((await messages(openid, { action: 'list' })).data.items).toHaveLength(1);
  });

  it('an approved membership notifies the applicant in-app, and by subscription if granted at apply time', async () => {
    const openid = 'o-notify-applicant';
    const templates = await messages(openid, { action: 'subscriptionTemplates', moment: 'membershipApply' });
    expect(templates.data.templates).toEqual([
      { kind: 'membershipReviewed', templateId: LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_MEMBERSHIP_REVIEWED, label: '入会审核结果' },
    ]);
    await messages(openid, {
      action: 'recordSubscriptions',
      grants: [{ kind: templates.data.templates[0].kind, templateId: templates.data.templates[0].templateId, accepted: true }],
    });
    const applied = await users(openid, {
      action: 'applyMembership',
      name: '通知同学',
      memberNo: '2023990001',
      kind: 'student',
      orgUnitId: 'ou-class-qx2301',
    });
    expect(applied.ok).toBe(true);
    await users('dev-admin', { action: 'reviewMembership', applicationId: applied.data.application.applicationId, approve: true });
    const [message] = (await messages(openid, { action: 'list' })).data.items;
    expect(message).toMatchObject({ kind: 'membershipReviewed', title: '入会申请已通过', page: 'pages/me/index' });
    expect(await outboxFor(openid)).toEqual([
      expect.objectContaining({ data: { phrase1: { value: '已通过' }, thing2: { value: expect.any(String) } } }),
    ]);
  });
});

describe('messages function: the caller’s own message center', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
  });
  afterAll(() => local?.dispose());

  it('pages newest first with a cursor, counts unread, marks some or all read — only the caller’s own', async () => {
    const openid = 'o-inbox';
    for (let i = 1; i <= 5; i += 1) {
      await notify(openid, 'noticePublished', { title: `通知 ${i}`, publisher: '团委', noticeId: `ntc_${i}` });
      await new Promise((resolve) => setTimeout(resolve, 3)); // distinct createdAt, so "newest first" is one order
    }
    await notify('o-inbox-other', 'noticePublished', { title: '别人的', publisher: '团委', noticeId: 'ntc_other' });

    const first = await messages(openid, { action: 'list', limit: 2 });
    expect(first.data.items.map((m: any) => m.title)).toEqual(['通知 5', '通知 4']);
    const second = await messages(openid, { action: 'list', limit: 2, cursor: first.data.nextCursor });
    expect(second.data.items.map((m: any) => m.title)).toEqual(['通知 3', '通知 2']);
    const third = await messages(openid, { action: 'list', limit: 2, cursor: second.data.nextCursor });
    expect(third.data).toMatchObject({ items: [{ title: '通知 1' }], nextCursor: null });

    const otherId = (await messages('o-inbox-other', { action: 'list' })).data.items[0].messageId;
    const marked = await messages(openid, { action: 'markRead', messageIds: [first.data.items[0].messageId, otherId] });
    expect(marked).toEqual({ ok: true, data: { updated: 1 } });
    expect((await messages('o-inbox-other', { action: 'unreadCount' })).data.unread).toBe(1);
    expect((await messages(openid, { action: 'unreadCount' })).data.unread).toBe(4);
    expect(await messages(openid, { action: 'markRead', all: true })).toEqual({ ok: true, data: { updated: 4 } });
    expect((await messages(openid, { action: 'unreadCount' })).data.unread).toBe(0);
  });

  it('seeds a welcome message for each persona', async () => {
    expect((await messages('dev-teacher', { action: 'unreadCount' })).data.unread).toBe(1);
  });

  it('refuses bad input: foreign templates, more than 3 per prompt, malformed cursors and ids', async () => {
    const wrongTemplate = await messages('o-bad', {
      action: 'recordSubscriptions',
      grants: [{ kind: 'answerReceived', templateId: 'someone-elses-template', accepted: true }],
    });
    expect(wrongTemplate).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('模板') });
    const four = Array.from({ length: 4 }, () => ({ kind: 'answerReceived', templateId: ANSWER_TEMPLATE, accepted: true }));
    expect(await messages('o-bad', { action: 'recordSubscriptions', grants: four })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await messages('o-bad', { action: 'list', cursor: 'bm90LWEtY3Vyc29y' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await messages('o-bad', { action: 'markRead', messageIds: [{ $ne: '' }] })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await messages('o-bad', { action: 'markRead', all: false })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await messages('o-bad', { action: 'subscriptionTemplates', moment: 'whenever' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('a client cannot pass itself off as a timer trigger', async () => {
    // @ts-expect-error a forged timer event names no action
    const reply = await messages('o-bad', { Type: 'Timer', TriggerName: 'reconcileSends' });
    expect(reply).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });
});
