import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// 订阅通知推送 on the notices feed in the real weapp build: noticePublished has no action of its own
// to ask at, so the feed offers a tap whose one job is WeChat's prompt, with the server's template.
const notice = {
  noticeId: 'n_weekly',
  title: '周五志愿者例会',
  authorName: '陈老师',
  pinned: false,
  confirmMode: 'read',
  status: 'published',
  publishedAt: '2025-03-05T06:30:00.000Z',
  recallReason: null,
  read: false,
  confirmed: false,
};

let weapp: WeappHarness;
let page: SimulatedComponent;
const toasts: string[] = [];
const calls = (action: string) => weapp.cloudCalls.filter((call) => call.data.action === action);

beforeAll(() => {
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wxApi.showToast = (options: { title: string }) => void toasts.push(options.title);
  weapp.answerCloud(({ name, data }) => {
    if (name === 'notices' && data.action === 'feed') return { ok: true, data: { items: [notice], nextCursor: null } };
    if (data.action === 'subscriptionTemplates') {
      expect(data.moment).toBe('noticeFeed');
      return { ok: true, data: { templates: [{ kind: 'noticePublished', templateId: 'tpl-from-console', label: '团委通知' }] } };
    }
    if (data.action === 'recordSubscriptions') return { ok: true, data: { subscriptions: [] } };
    if (data.action === 'unreadCount') return { ok: true, data: { unread: 1 } };
    return { ok: true, data: { openid: 'o-zhang', name: '张同学', roles: ['student'], teamRoles: [], registered: true, created: false } };
  });
  page = weapp.openPage('packages/notices/list/index');
});

test('a "no" asks with the configured template, records the no and says where to turn it on again', async () => {
  await waitFor(() => page.dom.textContent?.includes('周五志愿者例会'));
  weapp.answerSubscriptions(() => 'reject');
  page.querySelector('.notices-page__subscribe .subscribe-button__tap')!.dispatchEvent('tap');
  await waitFor(() => calls('recordSubscriptions').length === 1);
  expect(weapp.subscriptionPrompts).toEqual([['tpl-from-console']]);
  expect(calls('recordSubscriptions')[0].data.grants).toEqual([
    { kind: 'noticePublished', templateId: 'tpl-from-console', accepted: false },
  ]);
  await waitFor(() => toasts.includes('未开启推送，可在 我的 › 消息 中再次开启'));
});

test('a yes is recorded as one grant and the tap offers one more', async () => {
  weapp.answerSubscriptions(() => 'accept');
  page.querySelector('.notices-page__subscribe .subscribe-button__tap')!.dispatchEvent('tap');
  await waitFor(() => calls('recordSubscriptions').length === 2);
  expect(calls('recordSubscriptions')[1].data.grants).toEqual([
    { kind: 'noticePublished', templateId: 'tpl-from-console', accepted: true },
  ]);
  await waitFor(() => page.dom.textContent?.includes('已开启，下一条将推送到微信'));
  // The templates were fetched once, when the page opened, so the prompt never waited for the network.
  expect(calls('subscriptionTemplates')).toHaveLength(1);
});
