import * as tcb from '@cloudbase/node-sdk';
import { startTestLocal, type TestLocal } from './local-harness';

let local: TestLocal;
beforeAll(async () => (local = await startTestLocal({ timers: false })));
afterAll(() => local.dispose());

const page = async (route: string, init?: RequestInit) => {
  const res = await fetch(`${local.url}${route}`, init);
  return { status: res.status, html: await res.text() };
};
const app = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });

describe('local console at /_console', () => {
  it('lists collections with their counts and indexes with their sizes', async () => {
    await app().database().collection('subscription_sends').add({ _id: 'console-a:tpl', messageId: 'console-a', status: 'sent' });
    const { status, html } = await page('_console');
    expect(status).toBe(200);
    expect(html).toContain('<a href="/_console/collections/users">users</a>');
    expect(html).toMatch(/subscription_sends<\/a><\/td><td>1<\/td>/);
    expect(html).toMatch(/status_name：\d+ 条/);
  });

  it('browses documents with a JSON filter, paged, and refuses bad JSON with a message', async () => {
    const found = await page(`_console/collections/subscription_sends?q=${encodeURIComponent('{"messageId":"console-a"}')}`);
    expect(found.status).toBe(200);
    expect(found.html).toContain('共 1 条，第 1 页');
    expect(found.html).toContain('&#34;_id&#34;: &#34;console-a:tpl&#34;');
    const none = await page(`_console/collections/subscription_sends?q=${encodeURIComponent('{"messageId":"nobody"}')}`);
    expect(none.html).toContain('共 0 条');
    const bad = await page(`_console/collections/users?q=${encodeURIComponent('{"name":')}`);
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('查询条件不是有效的 JSON');
    const refused = await page(`_console/collections/users?q=${encodeURIComponent('{"$where":"1"}')}`);
    expect(refused.html).toContain('查询失败');
    expect((await page('_console')).status).toBe(200); // still serving
  });

  it('shows a real function call with caller, function, action, duration, code and logs', async () => {
    const token = await local.login({ persona: 'student' });
    const reply = await local.call('users', { action: 'whoami' }, token);
    expect(reply.body.ok).toBe(true);
    await local.call('users', { action: 'noSuchAction' }, token);
    const { html } = await page('_console/invocations');
    const openid = reply.body.data.openid as string;
    expect(html).toMatch(new RegExp(`<td>${openid}</td><td>users</td><td>whoami</td><td>\\d+ ms</td><td>OK</td>`));
    expect(html).toMatch(new RegExp(`<td>${openid}</td><td>users</td><td>noSuchAction</td><td>\\d+ ms</td><td>[A-Z_]+</td>`));
    expect(html).not.toMatch(/<td>noSuchAction<\/td><td>\d+ ms<\/td><td>OK<\/td>/);
  });

  it('lists timer triggers with their next run, and 立即运行 runs one', async () => {
    const list = await page('_console/timers');
    expect(list.html).toMatch(/<td>messages<\/td><td>reconcileSends<\/td><td><code>[^<]+<\/code><\/td><td>\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(list.html).toContain(
      '<form method="post" action="/_console/timers/messages/reconcileSends/run"><button type="submit">立即运行</button>',
    );
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await app().database().collection('subscription_sends').add({
      _id: 'console-stale:tpl',
      messageId: 'console-stale',
      openid: 'o-console',
      kind: 'answerReceived',
      templateId: 'tpl',
      status: 'sending',
      createdAt: anHourAgo,
      updatedAt: anHourAgo,
    });
    const ran = await page('_console/timers/messages/reconcileSends/run', { method: 'POST' });
    expect(ran.status).toBe(200);
    expect(ran.html).toContain('已运行 messages.reconcileSends（OK）');
    expect(ran.html).toContain('&#34;markedUnknown&#34;: 1');
    const { data } = await app().database().collection('subscription_sends').doc('console-stale:tpl').get();
    expect(data[0].status).toBe('unknown');
    expect((await page('_console/invocations')).html).toMatch(/<td>timer<\/td><td>messages<\/td><td>reconcileSends<\/td>/);
    expect((await page('_console/timers/messages/nope/run', { method: 'POST' })).status).toBe(404);
  });

  it('lists stored objects and links the outbox both ways', async () => {
    await app().uploadFile({ cloudPath: 'qa/console/tyre.jpg', fileContent: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) });
    const storage = await page('_console/storage');
    expect(storage.html).toMatch(/<td>qa\/console\/tyre\.jpg<\/td><td>7<\/td>/);
    expect(storage.html).toContain('<a href="/_local/outbox">订阅消息发件箱</a>');
    expect((await page('_local/outbox')).html).toContain('<a href="/_console">');
  });
});
