import { HOUR, iso, sampleActivity } from './sample-records';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// The 转发 cards of the real weapp build: each detail page shares its own title and a path with
// the one query that opens the same thing from a cold start; a scanned poster code (only `scene`)
// opens the activity it names.
const ACTIVITY_ID = 'act_Ab3dE6gH9jK2mN5pQ8sT';
const activity = {
  ...sampleActivity(),
  activityId: ACTIVITY_ID,
  coverFileId: 'cloud://env/covers/leifeng.png',
  coverUrl: 'https://example.invalid/covers/leifeng.png',
  circle: null,
  checkoutRequired: false,
  cancellation: null,
  postponement: null,
};
const question = {
  questionId: 'q_0001',
  title: '冬天车窗起雾怎么办？',
  excerpt: '早上开车前挡风玻璃全是雾',
  body: '早上开车前挡风玻璃全是雾',
  tags: [],
  photos: [],
  authorName: '李老师',
  answerState: 'open',
  visibility: 'visible',
  acceptedAnswerId: null,
  isMine: false,
  editableUntil: null,
  moderation: null,
  createdAt: iso(-HOUR),
  updatedAt: iso(-HOUR),
};

let weapp: WeappHarness;
const share = (page: SimulatedComponent) => (page.instance.onShareAppMessage as (options: object) => unknown)({ from: 'menu' });

beforeAll(() => {
  weapp = createWeappHarness();
  weapp.answerCloud(({ name, data }) => {
    if (name === 'activities' && data.action === 'get')
      return data.activityId === ACTIVITY_ID
        ? { ok: true, data: { activity, mine: null, canOrganise: false } }
        : { ok: false, code: 'NOT_FOUND', message: '活动不存在或已删除' };
    if (name === 'qa' && data.action === 'getQuestion') return { ok: true, data: { question, answers: [] } };
    if (name === 'users' && data.action === 'whoami') return { ok: true, data: { openid: 'o-guest', name: '', roles: ['guest'] } };
    return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
  });
});

test('a poster code opens the activity from its scene alone, and its card shares title, cover and the activity path', async () => {
  const page = weapp.openPage('packages/activities/detail/index', { scene: encodeURIComponent('a=Ab3dE6gH9jK2mN5pQ8sT') });
  await waitFor(() => page.dom.textContent?.includes('学雷锋日 社区志愿服务'));
  const gets = weapp.cloudCalls.filter((call) => call.name === 'activities' && call.data.action === 'get');
  expect(gets.at(-1)!.data).toEqual({ action: 'get', activityId: ACTIVITY_ID });
  expect(share(page)).toEqual({
    title: '学雷锋日 社区志愿服务',
    path: `/packages/activities/detail/index?activityId=${ACTIVITY_ID}`,
    imageUrl: 'https://example.invalid/covers/leifeng.png',
  });
});

test('a question shares its title and the question path', async () => {
  const page = weapp.openPage('packages/qa/question/index', { id: 'q_0001' });
  await waitFor(() => page.dom.textContent?.includes('冬天车窗起雾怎么办？'));
  expect(share(page)).toMatchObject({ title: '冬天车窗起雾怎么办？', path: '/packages/qa/question/index?id=q_0001' });
});

test('the notice page has a 转发 handler too (Taro adds it only for pages whose config sets enableShareAppMessage)', async () => {
  const page = weapp.openPage('packages/notices/detail/index', { noticeId: 'n_0001' });
  expect(typeof page.instance.onShareAppMessage).toBe('function');
  // Before the notice loads the card still opens it.
  expect(await waitFor(() => share(page))).toEqual({ title: '星火志愿', path: '/packages/notices/detail/index?noticeId=n_0001' });
});
