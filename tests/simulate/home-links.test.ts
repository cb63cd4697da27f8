import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// Where 首页's cards lead in the real weapp build: each opens the page that lists what it counts —
// a new answer its question, 待指派 the unassigned jobs, 补录申请 the pending list of every activity —
// and 我的志愿时长 says why a record credited more than its slot.
const booking = {
  bookingId: 'bk_0001',
  serviceName: '洗车',
  status: 'submitted',
  day: '2030-01-05',
  startClock: '09:00',
  endClock: '10:00',
  startAt: '2030-01-05T01:00:00.000Z',
  place: '实训中心',
  bookerName: '李老师',
  volunteerName: null,
};
const list = <T>(items: T[]) => ({ count: items.length, more: false, items });
const answer = (n: number) => ({
  messageId: `m-${n}`,
  title: '你的问题有了新回答',
  body: `张同学 回答了「问题${n}」`,
  page: `packages/qa/question/index?id=q_000${n}`,
  createdAt: '2030-01-04T01:00:00.000Z',
});
const feed = {
  name: '陈老师',
  roles: ['admin', 'leader'],
  membershipStatus: 'approved',
  nextBooking: null,
  nextActivities: [],
  unreadNotices: 0,
  answers: list([answer(1), answer(2)]),
  leader: { todayJobs: list([]), unassigned: list([booking]) },
  admin: {
    applications: list([]),
    corrections: list([
      {
        correctionId: 'act_x:o-zhang',
        activityId: 'act_x',
        activityTitle: '学雷锋日',
        name: '张同学',
        createdAt: '2030-01-04T01:00:00.000Z',
      },
    ]),
  },
};
const hours = {
  totalMinutes: 90,
  terms: [],
  entries: [
    {
      entryId: 'booking:bk_0001:o-zhang',
      source: { kind: 'booking', id: 'bk_0001' },
      title: '洗车',
      minutes: 90,
      verifiedAt: '2030-01-05T03:00:00.000Z',
      termId: null,
      overLengthReason: '车主临时加洗了内饰',
    },
  ],
  uncredited: [],
};

let weapp: WeappHarness;
const navigations: string[] = [];
const marked: unknown[] = [];

beforeAll(() => {
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wxApi.navigateTo = (options: { url: string; success?: (r: object) => void }) => {
    navigations.push(options.url.replace(/[?&]__key_=\w+/, ''));
    options.success?.({ errMsg: 'navigateTo:ok' });
  };
  weapp.answerCloud(({ name, data }) => {
    if (name === 'users' && data.action === 'home') return { ok: true, data: feed };
    if (name === 'messages' && data.action === 'markRead') {
      marked.push(data.messageIds);
      return { ok: true, data: { updated: 1 } };
    }
    if (name === 'messages' && data.action === 'unreadCount') return { ok: true, data: { unread: 0 } };
    if (name === 'activities' && data.action === 'myHours') return { ok: true, data: hours };
    if (name === 'bookings' && data.action === 'jobs') return { ok: true, data: { bookings: [] } };
    return {
      ok: true,
      data: {
        openid: 'dev-admin',
        name: '陈老师',
        roles: ['admin', 'leader'],
        teamRoles: [{ teamId: 'team-car-care', role: 'leader' }],
        registered: true,
      },
    };
  });
});

describe('首页 cards', () => {
  let page: SimulatedComponent;
  const cardTitled = (title: string) =>
    page.querySelectorAll('.home-card').find((card) => card.dom.querySelector('[class$="home-card__title"]')?.textContent === title)!;

  beforeAll(async () => {
    page = weapp.openPage('pages/index/index');
    await waitFor(() => page.querySelectorAll('.home-card').length === 4);
  });
  beforeEach(() => (navigations.length = 0));

  test('each new answer opens its own question and only it is marked read', async () => {
    expect(cardTitled('新回答').dom.querySelectorAll('[class*="home-line--link"]')).toHaveLength(2);
    const lines = page.querySelectorAll('.home-line--link');
    expect(lines.map((line) => line.dom.textContent)).toEqual(['张同学 回答了「问题1」', '张同学 回答了「问题2」']);
    lines[1].dispatchEvent('tap');
    await waitFor(() => navigations.length > 0);
    expect(navigations).toEqual(['/packages/qa/question/index?id=q_0002']);
    expect(marked).toEqual([['m-2']]);
  });

  test('待指派的预约 opens the unassigned jobs, 补录申请 the pending list of every activity', async () => {
    cardTitled('待指派的预约').dispatchEvent('tap');
    await waitFor(() => navigations.length === 1);
    cardTitled('补录申请待处理').dispatchEvent('tap');
    await waitFor(() => navigations.length === 2);
    expect(navigations).toEqual(['/packages/bookings/jobs/index?scope=open', '/packages/activity-admin/corrections/index']);
  });

  test('a leader’s 本队数据 card opens the team’s numbers', async () => {
    cardTitled('本队数据').dispatchEvent('tap');
    await waitFor(() => navigations.length === 1);
    expect(navigations).toEqual(['/packages/stats/team/index']);
  });
});

test('工单 opened with scope=open lists the unassigned jobs first', async () => {
  weapp.openPage('packages/bookings/jobs/index', { scope: 'open' });
  await waitFor(() => weapp.cloudCalls.some((call) => call.name === 'bookings' && call.data.action === 'jobs'));
  const jobs = weapp.cloudCalls.filter((call) => call.name === 'bookings' && call.data.action === 'jobs');
  expect(jobs.map((call) => call.data.scope)).toEqual(['open']);
});

test('我的志愿时长 shows the leader’s reason on a record credited over its slot', async () => {
  const page = weapp.openPage('packages/activities/hours/index');
  await waitFor(() => page.querySelector('.my-hours__entry--booking'));
  expect(page.querySelector('.my-hours__entry--booking')!.dom.textContent).toContain('超出时段时长：车主临时加洗了内饰');
});
