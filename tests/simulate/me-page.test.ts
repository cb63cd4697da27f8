import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

const teacher = { openid: 'o-li', name: '李老师', roles: ['teacher'], registered: true, orgUnitId: null, teamIds: [] };
const student = { ...teacher, openid: 'o-zhang', name: '张同学', roles: ['student', 'volunteer'] };

let weapp: WeappHarness;
let page: SimulatedComponent;

const text = () => page.dom.textContent ?? '';
const whoamiCalls = () => weapp.cloudCalls.filter((call) => call.name === 'users' && call.data.action === 'whoami').length;
const membership = { status: 'approved', application: null, reason: null };
const answerWhoami = (me: object) =>
  weapp.answerCloud(({ data }) => {
    if (data.action === 'whoami') return { ok: true, data: me };
    if (data.action === 'myMembership') return { ok: true, data: membership };
    return { ok: true, data: { ...me, created: false } };
  });

beforeAll(() => {
  weapp = createWeappHarness();
  // First answers: the client cannot reach the cloud at all.
  weapp.answerCloud(() => {
    throw new Error('cloud.callFunction:fail request:fail');
  });
  page = weapp.openPage('pages/me/index');
});

test('the app initialises the cloud once and registers the caller at launch', async () => {
  await waitFor(() => weapp.cloudCalls.some((call) => call.name === 'users' && call.data.action === 'login'));
  expect(weapp.cloudInits).toHaveLength(1);
});

test('a failed whoami shows the Chinese message; 重试 calls it again and shows name and role', async () => {
  await waitFor(() => text().includes('网络异常'));
  const retry = await waitFor(() => page.querySelector('.error-state__retry'));

  answerWhoami(teacher);
  const before = whoamiCalls();
  retry.dispatchEvent('tap');

  await waitFor(() => text().includes('李老师'));
  expect(text()).toContain('教师');
  expect(text()).not.toContain('网络异常');
  expect(whoamiCalls()).toBe(before + 1);
  // WeChat has no personas: the H5-only 切换身份 entry is not rendered.
  expect(text()).not.toContain('切换身份');
});

test('pull-down refresh reloads whoami and shows the new answer', async () => {
  answerWhoami(student);
  const before = whoamiCalls();
  await (page.instance.onPullDownRefresh as () => Promise<void>)();

  await waitFor(() => text().includes('张同学'));
  expect(text()).toContain('学生');
  expect(text()).toContain('志愿者');
  expect(whoamiCalls()).toBe(before + 1);
});
