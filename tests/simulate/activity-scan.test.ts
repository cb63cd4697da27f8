import { encodePayload, type SignedCodePayload } from '../../core/signed-code-format';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// The scanner in the real weapp build: what the student sees after each kind of scan. The
// backend is answered here (its rules are tested through the host); this checks the app picks
// check-in or check-out from the code, asks for the location only for a circle, and says each
// outcome in Chinese with the next step.
const slot = Math.floor(Date.parse('2030-03-05T01:00:00Z') / 20_000);
const codeOf = (payload: SignedCodePayload) => `${encodePayload(payload)}.c2lnbmF0dXJl`;
const activityCode = (t: 'in' | 'out', g: [number, number, number] | null = null) =>
  codeOf({ t, a: 'act-leifeng', s: slot, o: 1_900_000_000, c: 1_900_010_000, g, w: 0 });
const attendance = {
  attendanceId: 'act-leifeng:o-zhang',
  activityId: 'act-leifeng',
  openid: 'o-zhang',
  name: '张同学',
  status: 'signed_up',
  signedUpAt: '2030-03-01T02:00:00.000Z',
  checkedInAt: '2030-03-05T01:05:00.000Z',
  checkinMethod: 'scan',
  checkedOutAt: null,
  closedBy: null,
  minutes: null,
};

let weapp: WeappHarness;
let page: SimulatedComponent;
const missingTemplates: string[] = [];
const locationAsks: unknown[] = [];
let locationAllowed = true;
let nextScan = '';

const calls = (action: string) => weapp.cloudCalls.filter((call) => call.name === 'activities' && call.data.action === action);
const text = () => page.dom.textContent ?? '';
const expiredCode = activityCode('in').replace(/[^.]+$/, 'ZXhwaXJlZA');
/** The camera returns `scanned` when the student taps 重新扫码 (a WeChat page is opened once per test file). */
const rescan = (scanned: string) => {
  nextScan = scanned;
  page.querySelector('.scan-result__rescan')!.dispatchEvent('tap');
};

beforeAll(() => {
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (/Template `tmpl_\w+` not found/.test(line)) missingTemplates.push(line);
  });
  weapp = createWeappHarness();
  const wxApi = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  wxApi.getLocation = (options: { type: string; success?: (r: object) => void; fail?: (e: object) => void }) => {
    locationAsks.push(options.type);
    if (locationAllowed) options.success?.({ latitude: 22.8171, longitude: 108.3669, accuracy: 30, errMsg: 'getLocation:ok' });
    else options.fail?.({ errMsg: 'getLocation:fail auth deny' });
  };
  wxApi.scanCode = (options: { success?: (r: object) => void }) => options.success?.({ result: nextScan, errMsg: 'scanCode:ok' });
  weapp.answerCloud(({ data }) => {
    if (data.code === expiredCode) return { ok: false, code: 'CODE_EXPIRED', message: '二维码已过期，请扫描组织者手机上最新的二维码' };
    if (data.action === 'checkin') return { ok: true, data: { attendance, repeat: calls('checkin').length === 2 } };
    if (data.action === 'checkout') {
      const closed = { ...attendance, checkedOutAt: '2030-03-05T03:10:00.000Z', closedBy: 'checkout', minutes: 120 };
      return { ok: true, data: { attendance: closed, repeat: false } };
    }
    return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
  });
  // Opened from a QR link with its code: it is sent at once, no camera.
  page = weapp.openPage('packages/activities/scan/index', { code: activityCode('in') });
});

test('a check-in code from the link checks in and shows the time on campus, each element with a weapp template', async () => {
  await waitFor(() => text().includes('签到成功'));
  expect(text()).toContain('签到时间 09:05');
  expect(calls('checkin')[0].data).toEqual({ action: 'checkin', code: activityCode('in') });
  expect(locationAsks).toEqual([]);
  expect(missingTemplates).toEqual([]);
});

test('scanning again answers 你已签到 with the first check-in time', async () => {
  rescan(activityCode('in'));
  await waitFor(() => text().includes('你已签到'));
  expect(text()).toContain('首次签到 09:05');
});

test('a check-out code calls checkout and shows the credited hours', async () => {
  rescan(activityCode('out'));
  await waitFor(() => text().includes('签退成功'));
  expect(text()).toContain('签退时间 11:10');
  expect(text()).toContain('计入时长 2 小时');
  expect(calls('checkout')).toHaveLength(1);
});

test('an expired code is explained in Chinese; the link of a fresh code is read and sent', async () => {
  rescan(expiredCode);
  await waitFor(() => text().includes('请扫描组织者手机上最新的二维码'));
  expect(text()).toContain('签到未成功');
  expect(text()).toContain('重新扫码');

  rescan(`https://starfire.example/#/packages/activities/scan/index?code=${activityCode('out')}`);
  await waitFor(() => text().includes('签退成功'));
  expect(calls('checkout')).toHaveLength(2);
  expect(calls('checkout')[1].data.code).toBe(activityCode('out'));
});

test('a member code is not sent: the student is told it is for organisers', async () => {
  const before = weapp.cloudCalls.length;
  rescan(codeOf({ t: 'm', u: 'o-wang', s: 1 }));
  await waitFor(() => text().includes('这是成员码'));
  expect(weapp.cloudCalls.length).toBe(before);
});

test('something that is not a code is refused without a call', async () => {
  const before = weapp.cloudCalls.length;
  rescan('https://example.com/hello');
  await waitFor(() => text().includes('未识别到签到码'));
  expect(weapp.cloudCalls.length).toBe(before);
});

test('a code with a check-in circle asks for the GCJ-02 location; a refusal explains why and 重试 sends it', async () => {
  locationAllowed = false;
  const circled = activityCode('in', [22.817, 108.367, 200]);
  const before = calls('checkin').length;
  rescan(circled);
  await waitFor(() => text().includes('需要获取你的位置'));
  expect(locationAsks).toEqual(['gcj02']);
  expect(calls('checkin')).toHaveLength(before);

  locationAllowed = true;
  page.querySelector('.scan-result__retry')!.dispatchEvent('tap');
  await waitFor(() => calls('checkin').length === before + 1);
  expect(calls('checkin')[before].data).toEqual({
    action: 'checkin',
    code: circled,
    location: { latitude: 22.8171, longitude: 108.3669, accuracy: 30 },
  });
  await waitFor(() => text().includes('签到成功'));
});
