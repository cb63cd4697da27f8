import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

/** 我的 → 消息 on the real weapp build: unread dots, a tap marks one read and opens its page. */

const welcome = {
  messageId: 'welcome-o-li',
  kind: 'noticePublished',
  title: '欢迎使用星火志愿',
  body: '团委发布了新通知',
  page: 'pages/index/index',
  read: false,
  createdAt: '2025-03-05T06:30:00.000Z',
};
const reviewed = { ...welcome, messageId: 'm-2', kind: 'membershipReviewed', title: '入会申请已通过', body: '欢迎加入', read: true };

const pushes = [
  { kind: 'noticePublished', label: '团委通知', moment: 'noticeFeed', state: 'declined', remaining: 0 },
  { kind: 'answerReceived', label: '问题有新回答', moment: 'questionAsk', state: 'on', remaining: 2 },
  { kind: 'qaModerated', label: '问答审核结果', moment: 'questionAsk', state: 'neverAsked', remaining: 0 },
];

let weapp: WeappHarness;
let page: SimulatedComponent;
let unread = 1;
// miniprogram-simulate installs `wx` when the harness loads it.
const wxApi = () => (globalThis as unknown as { wx: Record<string, (...args: unknown[]) => unknown> }).wx;
const calls = (action: string) => weapp.cloudCalls.filter((call) => call.name === 'messages' && call.data.action === action);

beforeAll(() => {
  weapp = createWeappHarness();
  weapp.answerCloud(({ data }) => {
    if (data.action === 'list') return { ok: true, data: { items: [welcome, reviewed], nextCursor: null } };
    if (data.action === 'markRead') {
      unread = 0;
      return { ok: true, data: { updated: 1 } };
    }
    if (data.action === 'unreadCount') return { ok: true, data: { unread } };
    if (data.action === 'pushStatus') return { ok: true, data: { pushes } };
    if (data.action === 'subscriptionTemplates' && data.moment === 'noticeFeed')
      return { ok: true, data: { templates: [{ kind: 'noticePublished', templateId: 'tpl-notice', label: '团委通知' }] } };
    if (data.action === 'recordSubscriptions') return { ok: true, data: { subscriptions: [] } };
    return { ok: true, data: { openid: 'o-li', name: '李老师', roles: ['teacher'], registered: true, created: false } };
  });
  page = weapp.openPage('packages/account/messages/index');
});

test('unread messages carry a dot, read ones do not, and 全部已读 is offered', async () => {
  await waitFor(() => page.querySelectorAll('.message-row').length === 2);
  expect(page.querySelectorAll('.message-row--unread')).toHaveLength(1);
  expect(page.querySelectorAll('.message-row__dot')).toHaveLength(1);
  expect(page.dom.textContent).toContain('欢迎使用星火志愿');
  expect(page.dom.textContent).toContain('2025年3月5日 周三 14:30');
  expect(page.querySelector('.messages-page__mark-all')).toBeTruthy();
});

test('a tap marks the message read, clears the tab badge and opens its tab page', async () => {
  const switchTab = jest.spyOn(wxApi(), 'switchTab');
  const removeBadge = jest.spyOn(wxApi(), 'removeTabBarBadge');
  page.querySelector('.message-row--unread')!.dispatchEvent('tap');

  await waitFor(() => page.querySelectorAll('.message-row__dot').length === 0);
  await waitFor(() => switchTab.mock.calls.length > 0);
  expect(calls('markRead').map((call) => call.data.messageIds)).toEqual([['welcome-o-li']]);
  expect(switchTab.mock.calls[0][0]).toMatchObject({ url: '/pages/index/index' });
  await waitFor(() => removeBadge.mock.calls.length > 0);
  expect(removeBadge.mock.calls[0][0]).toMatchObject({ index: 4 });
  expect(page.querySelector('.messages-page__mark-all')).toBeFalsy();
});

test('微信推送 shows each push as the user answered, and 开启 asks again with that moment’s templates', async () => {
  const text = () => page.dom.textContent ?? '';
  await waitFor(() => page.querySelector('.push-panel'));
  expect(text()).toContain('已开启 1 / 3 项');
  page.querySelector('.push-panel__toggle')!.dispatchEvent('tap');
  await waitFor(() => page.querySelector('.push-panel__row--noticePublished'));
  expect(page.querySelector('.push-panel__row--noticePublished')!.dom.textContent).toContain('已拒绝');
  expect(page.querySelector('.push-panel__row--answerReceived')!.dom.textContent).toContain('已开启 · 剩 2 次');
  expect(page.querySelector('.push-panel__row--qaModerated')!.dom.textContent).toContain('未开启');
  // 团委通知 is both the moment and its one push: named once, its 开启 on the row.
  expect(page.querySelector('.push-panel__group--noticeFeed')!.dom.textContent!.split('团委通知')).toHaveLength(2);
  expect(page.querySelector('.push-panel__row--noticePublished')!.dom.textContent).toBe('团委通知已拒绝开启');
  expect(page.querySelector('.push-panel__group--questionAsk')!.dom.textContent).toContain('我的提问');

  page.querySelector('.push-panel__ask--noticeFeed')!.dispatchEvent('tap');
  await waitFor(() => page.querySelector('.push-panel__row--noticePublished.push-panel__row--on'));
  expect(weapp.subscriptionPrompts).toEqual([['tpl-notice']]);
  await waitFor(() => calls('recordSubscriptions').length === 1);
  expect(calls('recordSubscriptions')[0].data.grants).toEqual([{ kind: 'noticePublished', templateId: 'tpl-notice', accepted: true }]);
  expect(text()).toContain('已开启 2 / 3 项');
});
