import { encodePayload } from '../../core/signed-code-format';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// The organiser console in the real weapp build. The backend is answered here (its rules are
// tested through the host); this checks what the organiser's phone does: a large QR that is
// fetched again as it expires, full brightness while it is shown and the organiser's own
// brightness back on leaving, the member-code scan, and live counts.
const ACTIVITY_ID = 'act_abcdefghij0123456789';
const activity = {
  activityId: ACTIVITY_ID,
  title: '学雷锋日志愿服务',
  description: '',
  coverFileId: null,
  coverUrl: null,
  place: '学校东门广场',
  circle: null,
  startAt: '2030-03-05T01:00:00.000Z',
  endAt: '2030-03-05T04:00:00.000Z',
  signUpOpensAt: '2030-02-01T00:00:00.000Z',
  signUpClosesAt: '2030-03-05T01:00:00.000Z',
  capacity: 60,
  signedUpCount: 2,
  audience: { kind: 'everyone' },
  hoursRule: { kind: 'measured', fixedMinutes: null, rounding: 'standard' },
  checkoutRequired: true,
  allowWalkIn: false,
  earlyMinutes: 30,
  lateMinutes: 30,
  templateKey: 'leifeng',
  teamId: null,
  organiserOpenid: 'o-chen',
  organiserName: '陈老师',
  status: 'scheduled',
  createdAt: '2030-01-01T00:00:00.000Z',
};
const wang = {
  attendanceId: `${ACTIVITY_ID}:o-wang`,
  activityId: ACTIVITY_ID,
  openid: 'o-wang',
  name: '王队长',
  status: 'signed_up',
  signedUpAt: '2030-03-01T02:00:00.000Z',
  checkedInAt: '2030-03-05T01:05:00.000Z',
  checkinMethod: 'member_code',
  checkedOutAt: null,
  closedBy: null,
  minutes: null,
};
const memberCode = `${encodePayload({ t: 'm', u: 'o-wang', s: 1 })}.c2lnbmF0dXJl`;
/** A 1×1 PNG per issued code, so the test can tell which code is on screen. */
const qrImageOf = (n: number) => `data:image/png;base64,iVBORw0KGgo${n}`;

let weapp: WeappHarness;
let page: SimulatedComponent;
const missingTemplates: string[] = [];
const brightness: number[] = [];
const keepScreenOn: boolean[] = [];
let issued = 0;

const calls = (action: string) => weapp.cloudCalls.filter((call) => call.data.action === action);
const text = () => page.dom.textContent ?? '';
/** The simulator draws `<image>` without its src: the page's render data says which QR is on screen. */
const showsQr = (n: number) => JSON.stringify((page.instance as { data?: unknown }).data).includes(qrImageOf(n));
const tap = (selector: string) => page.querySelector(selector)!.dispatchEvent('tap');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (/Template `tmpl_\w+` not found/.test(line)) missingTemplates.push(line);
  });
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wxApi.getScreenBrightness = (options: { success?: (r: object) => void }) => options.success?.({ value: 0.4, errMsg: 'ok' });
  wxApi.setScreenBrightness = (options: { value: number; success?: (r: object) => void }) => {
    brightness.push(options.value);
    options.success?.({ errMsg: 'ok' });
  };
  wxApi.setKeepScreenOn = (options: { keepScreenOn: boolean; success?: (r: object) => void }) => {
    keepScreenOn.push(options.keepScreenOn);
    options.success?.({ errMsg: 'ok' });
  };
  wxApi.scanCode = (options: { success?: (r: object) => void }) => options.success?.({ result: memberCode, errMsg: 'scanCode:ok' });
  weapp.answerCloud(({ data }) => {
    switch (data.action) {
      case 'get':
        return { ok: true, data: { activity, mine: null, canOrganise: true } };
      case 'currentCode':
        issued += 1;
        // Each code expires 1.2 s after it is issued: the console must ask again on its own.
        return {
          ok: true,
          data: {
            code: `v1.code${issued}.sig`,
            expiresAt: new Date(Date.now() + 1200).toISOString(),
            qrImage: qrImageOf(issued),
            rotateSeconds: 20,
          },
        };
      case 'scanMember':
        return { ok: true, data: { attendance: wang, repeat: false } };
      case 'attendance':
        return { ok: true, data: { counts: { signedUp: 2, checkedIn: 1, checkedOut: 0 }, items: [wang], nextCursor: null } };
      default:
        return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
    }
  });
  page = weapp.openPage('packages/activity-admin/console/index', { activityId: ACTIVITY_ID });
});

test('the console shows the activity and its check-in QR, at full brightness with the screen kept on', async () => {
  await waitFor(() => showsQr(1));
  expect(text()).toContain('学雷锋日志愿服务');
  expect(text()).toContain('秒后自动更新');
  expect(text()).toContain('请调高屏幕亮度');
  expect(calls('currentCode')[0].data).toEqual({ action: 'currentCode', activityId: ACTIVITY_ID, kind: 'in' });
  await waitFor(() => brightness.includes(1));
  expect(keepScreenOn).toEqual([true]);
  expect(missingTemplates).toEqual([]);
});

test('the QR is fetched again just before it expires and the new image replaces the old', async () => {
  await waitFor(() => showsQr(2) && !showsQr(1), 3000);
  expect(calls('currentCode').length).toBeGreaterThanOrEqual(2);
});

test('leaving the page gives the organiser their brightness back and stops asking for codes', async () => {
  (page.instance as unknown as { onHide: () => void }).onHide();
  await waitFor(() => brightness[brightness.length - 1] === 0.4);
  expect(keepScreenOn[keepScreenOn.length - 1]).toBe(false);
  const asked = calls('currentCode').length;
  await sleep(1800);
  expect(calls('currentCode').length).toBe(asked);
  (page.instance as unknown as { onShow: () => void }).onShow();
  await waitFor(() => calls('currentCode').length > asked);
  await waitFor(() => brightness[brightness.length - 1] === 1);
});

test('签退码 asks for the check-out code', async () => {
  tap('.console-tabs__tab--out');
  await waitFor(() => calls('currentCode').some((call) => call.data.kind === 'out'));
  await waitFor(() => text().includes('签退码'));
});

test('扫成员码 opens the camera and checks the member in by their code', async () => {
  tap('.console-tabs__tab--scan');
  await waitFor(() => page.querySelector('.scan-panel__scan'));
  // Away from the QR the organiser's brightness is theirs again.
  await waitFor(() => brightness[brightness.length - 1] === 0.4);
  tap('.scan-panel__scan');
  await waitFor(() => text().includes('已为 王队长 签到'));
  expect(calls('scanMember')[0].data).toEqual({ action: 'scanMember', activityId: ACTIVITY_ID, code: memberCode, kind: 'in' });
});

test('签到名单 shows the live counts and who checked in how', async () => {
  tap('.console-tabs__tab--attendance');
  await waitFor(() => text().includes('已报名'));
  expect(text()).toContain('王队长');
  expect(text()).toContain('成员码');
  expect(calls('attendance')[0].data).toEqual({ action: 'attendance', activityId: ACTIVITY_ID, limit: 50 });
  expect(missingTemplates).toEqual([]);
});
