import { devices, expect, test, type APIRequestContext } from '@playwright/test';

/**
 * Issue 18's public verify page on the built H5 app, signed in as nobody: a certificate issued to
 * 王队长 (hours from a confirmed booking), issued by 陈老师 on 证明审核, shows 有效 with the name masked, and 已撤销 with the reason
 * once the committee revokes it. Screenshots go to reports/.
 */

test.describe.configure({ timeout: 120_000 });

type Persona = 'admin' | 'leader' | 'teacher';

/** Five days ahead on the campus calendar (UTC+8): inside the booking window. */
const SHANGHAI_DAY_IN_5_DAYS = new Date(Date.now() + 8 * 3_600_000 + 5 * 86_400_000).toISOString().slice(0, 10);

const session = async (request: APIRequestContext, persona: Persona) => {
  const reply = await request.post('/api/dev/login', { data: { persona } });
  return ((await reply.json()) as { data: { token: string } }).data.token;
};

/** One action as a persona; its data, or the test fails with the envelope. */
const act = async (request: APIRequestContext, token: string, fn: string, payload: Record<string, unknown>) => {
  const reply = await request.post(`/api/${fn}`, { data: payload, headers: { authorization: `Bearer ${token}` } });
  const body = (await reply.json()) as { ok: boolean; data: any };
  expect(body, `${fn}.${String(payload.action)}`).toMatchObject({ ok: true });
  return body.data;
};

test('a stranger verifies a valid certificate, then sees it revoked', async ({ page, request, browser, baseURL }) => {
  const [admin, leader, teacher] = [await session(request, 'admin'), await session(request, 'leader'), await session(request, 'teacher')];
  const leaderOpenid = 'dev-leader';

  // 王队长 earns 90 verified minutes: a booking of 洗车 served, closed and confirmed.
  const start = `${String(8 + (Date.now() % 10)).padStart(2, '0')}:00`;
  const { slots } = await act(request, leader, 'bookings', {
    action: 'publishSlots',
    serviceId: 'svc-car-wash',
    day: SHANGHAI_DAY_IN_5_DAYS,
    start,
    end: `${start.slice(0, 2)}:59`,
    capacity: 1,
  });
  const { bookingId } = await act(request, teacher, 'bookings', {
    action: 'book',
    slotId: slots[0].slotId,
    details: { kind: 'car', plate: '桂A54321', model: '大众朗逸', colour: '白色' },
  });
  await act(request, leader, 'bookings', { action: 'assign', bookingId, volunteerOpenid: leaderOpenid });
  await act(request, leader, 'bookings', { action: 'start', bookingId, earlyReason: '车主提前到达' });
  await act(request, leader, 'bookings', {
    action: 'close',
    bookingId,
    summary: '已洗车',
    minutes: [{ openid: leaderOpenid, minutes: 90 }],
    // 90 minutes on a 59-minute slot: the leader confirms the overrun with a reason (#15's cap).
    overLengthReason: '车主临时加洗内饰',
  });
  await act(request, leader, 'bookings', { action: 'confirmRecord', bookingId });

  await act(request, admin, 'certificates', {
    action: 'saveIssuer',
    organisation: '星火学院团委',
    orgCode: 'SFQC',
    personInCharge: '赵书记',
    handlingOfficer: '陈老师',
    contact: '0771-1234567',
    sealFileId: null,
  });
  await act(request, leader, 'certificates', { action: 'apply', period: { kind: 'all' } });

  // 陈老师 reviews it on 团委管理 › 证明审核 and issues it.
  const office = await browser.newContext({ ...devices['iPhone 12'], baseURL });
  const desk = await office.newPage();
  await desk.goto('/#/packages/account/sign-in/index');
  await desk.locator('.sign-in-page__persona--admin').click();
  await expect(desk.locator('.profile-card')).toContainText('陈老师');
  await desk.goto('/#/packages/admin/certificates/index');
  const card = desk.locator('.certificate-review__card').filter({ hasText: '王队长' });
  await expect(card).toContainText('合计 1.5 小时');
  await expect(card).toContainText('洗车');
  await desk.screenshot({ path: 'reports/certificate-review.png', fullPage: true });
  await card.locator('.certificate-review__issue').click();
  await expect(desk.locator('.certificate-review__card').filter({ hasText: '王队长' })).toHaveCount(0);
  await office.close();
  const { certificates } = await act(request, leader, 'certificates', { action: 'mine' });
  const certificate = certificates[0];

  // 王队长 finds it under 我的 › 志愿服务证明.
  const holder = await browser.newContext({ ...devices['iPhone 12'], baseURL });
  const phone = await holder.newPage();
  await phone.goto('/#/packages/account/sign-in/index');
  await phone.locator('.sign-in-page__persona--leader').click();
  await expect(phone.locator('.profile-card')).toContainText('王队长');
  await phone.locator('.me-page__certificates').click();
  await expect(phone.locator('.my-certificates__certificate--valid')).toContainText(certificate.certificateNo);
  // Loaded afresh, so the screenshot is not taken during the page's slide-in.
  await phone.reload();
  await expect(phone.locator('.my-certificates__certificate--valid')).toContainText(certificate.certificateNo);
  await phone.screenshot({ path: 'reports/certificate-mine.png', fullPage: true });
  await holder.close();

  // The QR's link: number and signature; no session in this browser.
  const link = `/#/packages/certificates/verify/index?no=${encodeURIComponent(certificate.certificateNo)}&sig=${certificate.signature}`;
  await page.goto(link);
  await expect(page.locator('.certificate-verify__verdict--valid')).toContainText('有效');
  await expect(page.locator('.certificates-page')).toContainText('王*长');
  await expect(page.locator('.certificates-page')).toContainText('星火学院团委');
  await expect(page.locator('.certificate-verify__total')).toContainText('1.5 小时');
  await expect(page.locator('.certificates-page')).not.toContainText('王队长');
  await page.screenshot({ path: 'reports/certificate-verify-valid.png', fullPage: true });

  await act(request, admin, 'certificates', { action: 'revoke', certificateNo: certificate.certificateNo, reason: '时长更正后撤销' });
  await page.reload();
  await expect(page.locator('.certificate-verify__verdict--revoked')).toContainText('已撤销');
  await expect(page.locator('.certificates-page')).toContainText('时长更正后撤销');
  await page.screenshot({ path: 'reports/certificate-verify-revoked.png', fullPage: true });

  // A guessed number is not genuine.
  await page.goto('/#/packages/certificates/verify/index?no=SFQC-2026-99999');
  await expect(page.locator('.certificate-verify__verdict--unknown')).toContainText('无法核实');
});
