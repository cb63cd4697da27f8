import { notify } from '../../cloudfunctions/_lib/notify/notify';
import { main as messagesMain } from '../../cloudfunctions/messages';
import { LOCAL_TEMPLATE_IDS } from '../../local/local-templates';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { invokerOf } from './invoke-function';

jest.setTimeout(60_000);

/** 消息 → 微信推送: what the user answered at the prompts, per kind, read back from the server. */
const messages = invokerOf('messages', messagesMain);
const NOTICE = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_NOTICE_PUBLISHED;
const ANSWER = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_ANSWER_RECEIVED;
const MODERATED = LOCAL_TEMPLATE_IDS.STARFIRE_TEMPLATE_QA_MODERATED;

const statusOf = async (openid: string) => {
  const reply = await messages(openid, { action: 'pushStatus' });
  expect(reply.ok).toBe(true);
  return Object.fromEntries(reply.data.pushes.map((push) => [push.kind, `${push.state}:${push.remaining}`]));
};

describe('messages.pushStatus', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
  });
  afterAll(async () => {
    await local?.dispose();
  });

  it('follows the answers: never asked, declined, on with the grants left, used up once the push went out', async () => {
    const openid = 'dev-student';
    expect(await statusOf(openid)).toMatchObject({ noticePublished: 'neverAsked:0', answerReceived: 'neverAsked:0' });

    await messages(openid, {
      action: 'recordSubscriptions',
      grants: [
        { kind: 'answerReceived', templateId: ANSWER, accepted: true },
        { kind: 'qaModerated', templateId: MODERATED, accepted: false },
      ],
    });
    await messages(openid, { action: 'recordSubscriptions', grants: [{ kind: 'noticePublished', templateId: NOTICE, accepted: false }] });
    expect(await statusOf(openid)).toMatchObject({ answerReceived: 'on:1', qaModerated: 'declined:0', noticePublished: 'declined:0' });

    // 再次开启: a yes after a no turns it on; the same no twice in a row is still a no.
    await messages(openid, { action: 'recordSubscriptions', grants: [{ kind: 'qaModerated', templateId: MODERATED, accepted: false }] });
    await messages(openid, { action: 'recordSubscriptions', grants: [{ kind: 'noticePublished', templateId: NOTICE, accepted: true }] });
    expect(await statusOf(openid)).toMatchObject({ qaModerated: 'declined:0', noticePublished: 'on:1' });

    // The one grant is spent by the one push it allows.
    expect((await notify(openid, 'noticePublished', { title: '周五志愿者例会', publisher: '团委', noticeId: 'ntc_meeting' })).push).toBe(
      'sent',
    );
    expect(await statusOf(openid)).toMatchObject({ noticePublished: 'usedUp:0', answerReceived: 'on:1' });
  });

  it('lists what concerns the caller: job reminders for team staff, the membership review for a guest', async () => {
    const student = await statusOf('dev-student');
    const teacher = await statusOf('dev-teacher');
    const guest = await statusOf('o-push-status-guest');
    expect(Object.keys(student)).toContain('jobReminder');
    expect(Object.keys(teacher)).not.toContain('jobReminder');
    expect(Object.keys(teacher)).not.toContain('membershipReviewed');
    expect(Object.keys(guest)).toContain('membershipReviewed');
    expect(Object.keys(teacher)).toEqual(
      expect.arrayContaining(['noticePublished', 'bookingReminder', 'activityReminder', 'activityChanged']),
    );
  });

  it('counts only the configured template: a template changed in the console has not been asked yet', async () => {
    const openid = 'o-push-status-switch';
    await messages(openid, { action: 'recordSubscriptions', grants: [{ kind: 'noticePublished', templateId: NOTICE, accepted: true }] });
    process.env.STARFIRE_TEMPLATE_NOTICE_PUBLISHED = 'tpl-from-the-new-console';
    try {
      expect(await statusOf(openid)).toMatchObject({ noticePublished: 'neverAsked:0' });
    } finally {
      process.env.STARFIRE_TEMPLATE_NOTICE_PUBLISHED = NOTICE;
    }
    expect(await statusOf(openid)).toMatchObject({ noticePublished: 'on:1' });
  });

  it('takes no params', async () => {
    expect(await messages('dev-student', { action: 'pushStatus', openid: 'dev-teacher' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});
