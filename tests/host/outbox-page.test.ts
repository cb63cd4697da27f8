import tcb from '@cloudbase/node-sdk';
import { startTestLocal, type TestLocal } from './local-harness';

let local: TestLocal;
beforeAll(async () => (local = await startTestLocal({ timers: false })));
afterAll(() => local.dispose());

it('lists the subscription messages the local open API received, with recipient, template, fields and time', async () => {
  const app = tcb.init({ env: 'starfire-local', serviceUrl: local.emulatorUrl, secretId: 'x', secretKey: 'y' });
  await app.callWxOpenApi({
    apiName: '/cgi-bin/message/subscribe/send',
    requestData: {
      touser: 'dev-teacher',
      template_id: 'tpl-<booking>',
      page: 'packages/bookings/mine/index',
      data: { thing1: { value: '洗车 & 胎压' } },
    },
  });
  const res = await fetch(`${local.url}_local/outbox`);
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(html).toContain('本地订阅消息发件箱');
  expect(html).toContain('dev-teacher');
  expect(html).toContain('tpl-&#60;booking&#62;');
  expect(html).toContain('thing1: 洗车 &#38; 胎压');
  expect(html).toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
});
