import { HOUR, iso, sampleActivity } from './sample-records';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// The activity detail in the real weapp build: the hours rule stated before sign-up, a refusal
// explained in a modal, cancelling only after a confirmation, and 申请补录 after an automatic
// close sending the chosen Shanghai time. The backend is answered here (tested through the host).
let activity = { ...sampleActivity(), signedUpCount: 29 };
const signedUp = {
  attendanceId: 'act-leifeng:o-zhang',
  activityId: 'act-leifeng',
  openid: 'o-zhang',
  name: '张同学',
  status: 'signed_up',
  signedUpAt: iso(0),
  checkedInAt: null as string | null,
  checkinMethod: null as string | null,
  checkedOutAt: null,
  closedBy: null as string | null,
  minutes: null as number | null,
};
let mine: typeof signedUp | null = null;
let signUpAnswer: object = { ok: false, code: 'ACTIVITY_FULL', message: '活动名额已满' };

let weapp: WeappHarness;
let page: SimulatedComponent;
const modals: { title: string; content: string }[] = [];
const missingTemplates: string[] = [];
const text = () => page.dom.textContent ?? '';
const calls = (action: string) => weapp.cloudCalls.filter((call) => call.data.action === action);
const tap = (selector: string) => page.querySelector(selector)!.dispatchEvent('tap');

beforeAll(() => {
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (/Template `tmpl_\w+` not found/.test(line)) missingTemplates.push(line);
  });
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wxApi.showModal = (options: { title: string; content: string; success?: (result: { confirm: boolean }) => void }) => {
    modals.push({ title: options.title, content: options.content });
    options.success?.({ confirm: true });
  };
  weapp.answerCloud(({ data }) => {
    if (data.action === 'get') return { ok: true, data: { activity, mine, canOrganise: false } };
    if (data.action === 'signUp') return signUpAnswer;
    if (data.action === 'cancelSignUp') return { ok: true, data: { attendance: { ...signedUp, status: 'cancelled' } } };
    if (data.action === 'myCorrections') return { ok: true, data: { corrections: [] } };
    if (data.action === 'requestCorrection') return { ok: true, data: { correction: {} } };
    return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
  });
  page = weapp.openPage('packages/activities/detail/index', { activityId: 'act-leifeng' });
});

test('the hours rule, check-out and the location check are stated before signing up', async () => {
  await waitFor(() => page.querySelector('.activity-actions__sign-up'));
  expect(text()).toContain('满 1 小时计 1 小时');
  expect(text()).toContain('需签退');
  expect(text()).toContain('须在活动地点 200 米范围内扫码');
  expect(text()).toContain('剩余 1 / 共 30 人');
  expect(text()).not.toContain('组织者控制台');
});

test('a refused sign-up is explained in a modal with the server message', async () => {
  tap('.activity-actions__sign-up');
  await waitFor(() => modals.some((modal) => modal.content === '活动名额已满'));
  expect(calls('signUp')[0].data).toEqual({ action: 'signUp', activityId: 'act-leifeng' });
});

test('after signing up: my status, 签到, and 取消报名 only after a confirmation', async () => {
  signUpAnswer = { ok: true, data: { attendance: signedUp } };
  mine = signedUp;
  tap('.activity-actions__sign-up');
  await waitFor(() => page.querySelector('.activity-actions__cancel'));
  expect(text()).toContain('我的状态');
  expect(text()).toContain('签到后计入');
  expect(page.querySelector('.activity-actions__checkin')).toBeTruthy();

  tap('.activity-actions__cancel');
  await waitFor(() => calls('cancelSignUp').length === 1);
  expect(modals.at(-1)!.title).toBe('取消报名');
  expect(modals.at(-1)!.content).toContain('学雷锋日 社区志愿服务');
});

test('an attendance closed at the end without check-out offers 申请补录 with the end time in Shanghai', async () => {
  activity = { ...activity, startAt: iso(-5 * HOUR), endAt: iso(-2 * HOUR) };
  mine = { ...signedUp, checkedInAt: iso(-5 * HOUR), checkinMethod: 'scan', closedBy: 'auto', minutes: 0 };
  await (page.instance.onPullDownRefresh as () => Promise<void>)();
  await waitFor(() => page.querySelector('.correction-form__submit'));
  expect(text()).toContain('未签退（活动结束时自动结束）');
  expect(text()).toContain('按规则计入 0 小时');

  tap('.correction-form__submit');
  await waitFor(() => text().includes('请填写原因（至少 2 个字）'));
  expect(calls('requestCorrection')).toHaveLength(0);

  page.querySelector('.correction-form__reason')!.dispatchEvent('input', { detail: { value: '手机没电，未能扫签退码' } });
  tap('.correction-form__submit');
  await waitFor(() => calls('requestCorrection').length === 1);
  const end = new Date(Date.parse(activity.endAt) + 8 * HOUR).toISOString();
  expect(calls('requestCorrection')[0].data).toEqual({
    action: 'requestCorrection',
    activityId: 'act-leifeng',
    checkedOutAt: `${end.slice(0, 10)}T${end.slice(11, 16)}:00+08:00`,
    reason: '手机没电，未能扫签退码',
  });
  // The pickers, the text area and the buttons all have weapp templates.
  expect(missingTemplates).toEqual([]);
});
