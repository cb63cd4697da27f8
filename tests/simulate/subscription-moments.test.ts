import { SUBSCRIPTION_MOMENTS } from '@core/notification-kinds';
import { HOUR, iso, sampleActivity, sampleSlot } from './sample-records';
import { createWeappHarness, type CloudCall, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// Every subscription moment has a tap in the real weapp build that asks WeChat's prompt for that
// moment's templates: a kind nobody is asked for can never be pushed. A new moment without a row
// here fails, and so does a row whose tap stops asking, asks another moment or asks more than 3.
type Moment = keyof typeof SUBSCRIPTION_MOMENTS;

interface MomentTap {
  /** The button as the user sees it. */
  label: string;
  route: string;
  query?: Record<string, string>;
  /** The backend's answers the page needs to show the tap (undefined: not this tap's call). */
  reply: (call: CloudCall) => unknown;
  /** What the user does first so the tap gets as far as the prompt (a valid form). */
  prepare?: (page: SimulatedComponent) => Promise<void>;
  selector: string;
  /** The tap asks its own confirmation first (申请加入): answered 申请, the prompt follows it. */
  confirms?: boolean;
}

const templateOf = (kind: string) => `tpl-${kind}`;
const ok = (data: object) => ({ ok: true, data });
const member = (teamRoles: { teamId: string; role: string }[] = []) => ({
  openid: 'o-zhang',
  name: '张同学',
  roles: ['student'],
  registered: true,
  membershipStatus: 'approved',
  orgUnitId: 'ou-class',
  teamIds: teamRoles.map((entry) => entry.teamId),
  teamRoles,
  created: false,
});

const type = (page: SimulatedComponent, selector: string, value: string) =>
  page.querySelector(selector)!.dispatchEvent('input', { detail: { value } });
const tapWhenShown = async (page: SimulatedComponent, selector: string) =>
  (await waitFor(() => page.querySelector(selector))).dispatchEvent('tap');

const activity = sampleActivity();
/** Checked in, never checked out, closed at the end: the case 申请补录 is for. */
const ended = { ...activity, startAt: iso(-5 * HOUR), endAt: iso(-2 * HOUR) };
const autoClosed = {
  attendanceId: 'act-leifeng:o-zhang',
  activityId: 'act-leifeng',
  openid: 'o-zhang',
  name: '张同学',
  status: 'signed_up',
  signedUpAt: iso(-24 * HOUR),
  checkedInAt: iso(-5 * HOUR),
  checkinMethod: 'scan',
  checkedOutAt: null,
  closedBy: 'auto',
  minutes: 0,
};
const activityDetail = (detail: object) => (call: CloudCall) => {
  if (call.data.action === 'get') return ok({ canOrganise: false, ...detail });
  if (call.data.action === 'myCorrections') return ok({ corrections: [] });
  return undefined;
};

const slot = sampleSlot;
const booking = {
  bookingId: `${slot.slotId}:o-li`,
  slotId: slot.slotId,
  serviceId: slot.serviceId,
  serviceName: slot.serviceName,
  teamId: slot.teamId,
  openid: 'o-li',
  bookerName: '李老师',
  day: slot.day,
  startClock: slot.startClock,
  endClock: slot.endClock,
  startAt: slot.startAt,
  endAt: slot.endAt,
  place: slot.place,
  status: 'submitted',
  details: { kind: 'car', plate: '桂A12345', model: '大众朗逸', colour: '白色' },
  note: '',
  photos: [],
  volunteer: null as { openid: string; name: string } | null,
  history: [],
  record: null,
  rating: null,
  cancellableUntil: '2030-01-04T23:00:00.000Z',
  startOpensAt: '2030-01-05T00:30:00.000Z',
  createdAt: '2029-12-30T02:00:00.000Z',
  updatedAt: '2029-12-30T02:00:00.000Z',
};
const bookingPage = (shown: typeof booking) => (call: CloudCall) => {
  if (call.data.action === 'getBooking') return ok({ booking: shown, photoUrls: {} });
  if (call.data.action === 'whoami') return ok(member([{ teamId: slot.teamId, role: 'volunteer' }]));
  return undefined;
};

const team = {
  teamId: 'team-car-care',
  name: '汽车维护服务队',
  kind: 'carCare',
  summary: '洗车、胎压检查',
  contact: '',
  coverFileId: null,
  coverUrl: null,
  orgUnitId: 'ou-college',
  archived: false,
};
const college = {
  orgUnitId: 'ou-college',
  name: '汽车与信息工程学院',
  kind: 'college',
  parentId: null,
  order: 0,
  stage: null,
  years: null,
  archived: false,
};

const notice = {
  noticeId: 'n_weekly',
  title: '周五志愿者例会',
  authorName: '陈老师',
  pinned: false,
  confirmMode: 'read',
  status: 'published',
  publishedAt: '2025-03-05T06:30:00.000Z',
  recallReason: null,
  read: true,
  confirmed: false,
};

/** Each moment and the taps that ask for it; typed so a new moment without taps does not compile either. */
const TAPS: Partial<Record<string, readonly MomentTap[]>> = {
  membershipApply: [
    {
      label: '提交申请',
      route: 'packages/account/membership/index',
      reply: ({ data }) => {
        if (data.action === 'listOrgUnits') return ok({ units: [college] });
        if (data.action === 'listTeams') return ok({ teams: [] });
        if (data.action === 'whoami' || data.action === 'login')
          return ok({ ...member(), roles: ['guest'], membershipStatus: 'none', orgUnitId: null });
        return undefined;
      },
      prepare: async (page) => {
        (await waitFor(() => page.querySelector('.privacy-notice__accept'))).dispatchEvent('agreeprivacyauthorization');
        await waitFor(() => page.querySelector('.membership-form__submit'));
        type(page, '.membership-form__name .membership-form__input', '陈老师');
        await tapWhenShown(page, '.membership-form__kind-teacher');
        type(page, '.membership-form__member-no .membership-form__input', 'T2023001');
        await tapWhenShown(page, '.org-unit-picker');
        await tapWhenShown(page, '.org-unit-picker__choice');
        await waitFor(() => page.querySelector('.org-unit-picker__value')?.dom.textContent === college.name);
      },
      selector: '.membership-form__submit',
    },
  ],
  bookingSubmit: [
    {
      label: '提交预约',
      route: 'packages/bookings/book/index',
      query: { serviceId: slot.serviceId, slotId: slot.slotId, day: slot.day },
      reply: ({ data }) => (data.action === 'listSlots' ? ok({ slots: [slot] }) : undefined),
      prepare: async (page) => {
        await waitFor(() => page.querySelector('.booking-form__submit'));
        type(page, '.booking-form__plate .bookings-page__input', '桂A12345');
        type(page, '.booking-form__model .bookings-page__input', '大众朗逸');
        type(page, '.booking-form__colour .bookings-page__input', '白色');
      },
      selector: '.booking-form__submit',
    },
  ],
  jobClaim: [
    {
      label: '领取工单',
      route: 'packages/bookings/booking/index',
      query: { bookingId: booking.bookingId },
      reply: bookingPage(booking),
      selector: '.booking-actions__claim',
    },
    {
      label: '订阅开工提醒 (assigned by the leader)',
      route: 'packages/bookings/booking/index',
      query: { bookingId: booking.bookingId },
      reply: bookingPage({ ...booking, status: 'confirmed', volunteer: { openid: 'o-zhang', name: '张同学' } }),
      selector: '.booking-page__subscribe .subscribe-button__tap',
    },
  ],
  questionAsk: [
    {
      label: '发布问题',
      route: 'packages/qa/ask/index',
      reply: () => undefined,
      prepare: async (page) => {
        await waitFor(() => page.querySelector('.ask-form__submit'));
        type(page, '.ask-form__title', '冬天轮胎胎压打多少合适？');
        await tapWhenShown(page, '.tag-picker__tag');
        await waitFor(() => page.querySelector('.tag-picker__tag--active'));
      },
      selector: '.ask-form__submit',
    },
  ],
  noticeFeed: [
    {
      label: '订阅通知推送 (notices feed)',
      route: 'packages/notices/list/index',
      reply: ({ name, data }) => (name === 'notices' && data.action === 'feed' ? ok({ items: [notice], nextCursor: null }) : undefined),
      selector: '.notices-page__subscribe .subscribe-button__tap',
    },
    {
      label: '订阅通知推送 (under a notice)',
      route: 'packages/notices/detail/index',
      query: { noticeId: notice.noticeId },
      reply: ({ name, data }) =>
        name === 'notices' && data.action === 'get'
          ? ok({
              ...notice,
              body: [],
              attachments: [],
              publishAt: null,
              recall: null,
              myReceipt: { readAt: notice.publishedAt, confirmedAt: null, reply: null },
              audience: null,
              history: null,
              canManage: false,
            })
          : undefined,
      selector: '.notice-detail__subscribe .subscribe-button__tap',
    },
  ],
  correctionRequest: [
    {
      label: '提交补录申请',
      route: 'packages/activities/detail/index',
      query: { activityId: activity.activityId },
      reply: activityDetail({ activity: ended, mine: autoClosed }),
      prepare: async (page) => {
        await waitFor(() => page.querySelector('.correction-form__submit'));
        type(page, '.correction-form__reason', '手机没电，未能扫签退码');
      },
      selector: '.correction-form__submit',
    },
  ],
  teamJoinApply: [
    {
      label: '申请加入',
      route: 'pages/services/index',
      reply: ({ data }) => {
        if (data.action === 'listTeams') return ok({ teams: [team] });
        if (data.action === 'listServices') return ok({ services: [] });
        if (data.action === 'myTeamJoinRequests') return ok({ items: [], nextCursor: null });
        if (data.action === 'applyToTeam') return ok({});
        return undefined;
      },
      selector: '.services-page__join',
      confirms: true,
    },
  ],
  activitySignUp: [
    {
      label: '报名',
      route: 'packages/activities/detail/index',
      query: { activityId: activity.activityId },
      reply: activityDetail({ activity, mine: null }),
      selector: '.activity-actions__sign-up',
    },
  ],
} satisfies Record<Moment, readonly MomentTap[]>;

const MOMENTS = Object.keys(SUBSCRIPTION_MOMENTS) as Moment[];
const cases = MOMENTS.flatMap((moment) => (TAPS[moment] ?? []).map((tap) => [moment, tap.label, tap] as const));

let weapp: WeappHarness;
let current: MomentTap | undefined;
let page: SimulatedComponent | undefined;
let modalsShown = 0;
let declineConfirmation = false;

beforeAll(() => {
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  // A tap's own confirmation (申请加入 asks one) is answered as the tap says; any other modal is declined.
  wxApi.showModal = (options: { success?: (result: { confirm: boolean; cancel: boolean }) => void }) => {
    modalsShown += 1;
    const confirm = current?.confirms === true && !declineConfirmation;
    options.success?.({ confirm, cancel: !confirm });
  };
  weapp.answerCloud((call) => {
    const { data } = call;
    if (data.action === 'subscriptionTemplates') {
      const kinds: readonly string[] = SUBSCRIPTION_MOMENTS[data.moment as Moment] ?? [];
      return ok({ templates: kinds.map((kind) => ({ kind, templateId: templateOf(kind), label: kind })) });
    }
    if (data.action === 'recordSubscriptions') return ok({ subscriptions: [] });
    const answer = current?.reply(call);
    if (answer !== undefined) return answer;
    if (data.action === 'whoami' || data.action === 'login') return ok(member());
    if (data.action === 'unreadCount') return ok({ unread: 0 });
    return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
  });
});

afterEach(() => {
  page?.detach();
  page = undefined;
});

test('every subscription moment has at least one tap that asks for it', () => {
  expect(MOMENTS.filter((moment) => !TAPS[moment]?.length)).toEqual([]);
  expect(Object.keys(TAPS).filter((moment) => !(moment in SUBSCRIPTION_MOMENTS))).toEqual([]);
});

test.each(cases)(
  '%s: tapping %s asks WeChat for exactly its templates',
  async (moment, _label, tap) => {
    current = tap;
    page = weapp.openPage(tap.route, tap.query);
    await tap.prepare?.(page);
    const button = await waitFor(() => page!.querySelector(tap.selector));
    const before = weapp.subscriptionPrompts.length;
    button.dispatchEvent('tap');
    await waitFor(() => weapp.subscriptionPrompts.length > before).catch(() => {
      throw new Error(`${tap.label} on ${tap.route} showed no subscription prompt (moment ${moment})`);
    });
    const asked = weapp.subscriptionPrompts.slice(before);
    expect(asked).toEqual([SUBSCRIPTION_MOMENTS[moment].map(templateOf)]);
    expect(asked[0].length).toBeLessThanOrEqual(3);
  },
  15_000,
);

test('申请加入 confirms first and asks for the push only of those who then apply', async () => {
  const tap = TAPS.teamJoinApply![0];
  current = tap;
  declineConfirmation = true;
  page = weapp.openPage(tap.route, tap.query);
  const button = await waitFor(() => page!.querySelector(tap.selector));
  const applied = () => weapp.cloudCalls.filter((call) => call.data.action === 'applyToTeam').length;
  const [before, modalsBefore, appliedBefore] = [weapp.subscriptionPrompts.length, modalsShown, applied()];
  button.dispatchEvent('tap');
  await waitFor(() => modalsShown > modalsBefore);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(weapp.subscriptionPrompts.length).toBe(before);
  expect(applied()).toBe(appliedBefore);
  declineConfirmation = false;
});
