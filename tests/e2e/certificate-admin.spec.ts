import { devices, expect, test, type Browser } from '@playwright/test';
import { act, session } from './fixtures/persona-api';
import { tinyPng } from './fixtures/tiny-png';

/**
 * Issue 18, the committee's side: 陈老师 sets the issuer block and seal on 出具单位设置; after she
 * approves 张同学's correction, 补录申请 warns that his 全部服务记录 certificate now states other hours
 * and she re-issues it there: the old number verifies 已撤销, the new one 有效. Screenshots in reports/.
 */

test.describe.configure({ timeout: 150_000 });

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const signedIn = async (browser: Browser, baseURL: string | undefined, persona: string, name: string) => {
  const context = await browser.newContext({ ...devices['iPhone 12'], baseURL });
  const page = await context.newPage();
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
  return { context, page };
};

test('陈老师 sets the issuer and seal, then re-issues a certificate a correction left out of date', async ({
  request,
  browser,
  baseURL,
}) => {
  const admin = await session(request, 'admin');
  const student = await session(request, 'student');

  // 出具单位设置, from 团委管理 › 证明审核.
  const { context: office, page: desk } = await signedIn(browser, baseURL, 'admin', '陈老师');
  await desk.goto('/#/packages/admin/certificates/index');
  await desk.locator('.certificate-review__settings').click();
  await expect(desk.locator('.issuer-form')).toBeVisible();
  const fill = async (field: string, value: string) => desk.locator(`.issuer-form__field--${field} input`).fill(value);
  await fill('organisation', '星火学院团委');
  // A wrong prefix is told beside its row (no toast), and goes once fixed.
  await fill('orgCode', '星火');
  await desk.locator('.issuer-form__save').click();
  const codeError = desk.locator('.issuer-form__field--orgCode .form-field__error');
  await expect(codeError).toHaveText('编号前缀应为 2–12 位大写字母或数字');
  await desk.screenshot({ path: 'reports/forms/issuer-error-admin.png' });
  await fill('orgCode', 'sfqc');
  await expect(codeError).toHaveCount(0);
  await fill('personInCharge', '赵书记');
  await fill('handlingOfficer', '陈老师');
  await fill('contact', '0771-1234567');
  const chooser = desk.waitForEvent('filechooser');
  await desk.locator('.issuer-form .photo-picker__add').click();
  await (await chooser).setFiles({ name: 'seal.png', mimeType: 'image/png', buffer: tinyPng(64, 64) });
  await expect(desk.locator('.issuer-form .photo-picker__photo img')).toBeVisible();
  await desk.locator('.issuer-form__save').click();
  await expect(desk.getByText('已保存')).toBeVisible();
  await expect.poll(async () => (await act(request, admin, 'certificates', { action: 'issuer' })).issuer?.orgCode).toBe('SFQC');
  await desk.reload();
  await expect(desk.locator('.issuer-form__field--orgCode input')).toHaveValue('SFQC');
  await expect(desk.locator('.issuer-form .photo-picker__photo img')).toBeVisible();
  await desk.screenshot({ path: 'reports/certificate-issuer.png', fullPage: true });
  const { issuer } = await act(request, admin, 'certificates', { action: 'issuer' });
  expect(issuer).toMatchObject({ organisation: '星火学院团委', orgCode: 'SFQC', sealFileId: expect.stringMatching(/^cloud:\/\//) });

  // 张同学 served 2 h at an activity that has ended, and holds a certificate over all his records.
  const memberNo = '2023110215';
  const activity = async (title: string) =>
    (
      await act(request, admin, 'activities', {
        action: 'create',
        title,
        place: '学校东门广场',
        startAt: minutesFromNow(-240),
        endAt: minutesFromNow(-60),
        signUpOpensAt: minutesFromNow(-600),
        signUpClosesAt: minutesFromNow(-240),
        capacity: 50,
      })
    ).activity.activityId as string;
  const served = await activity(`社区义诊 ${Date.now() % 100000}`);
  await act(request, admin, 'records', {
    action: 'addAttendance',
    activityId: served,
    memberNo,
    checkedInAt: minutesFromNow(-240),
    checkedOutAt: minutesFromNow(-120),
    reason: '现场扫码失败，按签到表补录',
  });
  const { application } = await act(request, student, 'certificates', { action: 'apply', period: { kind: 'all' } });
  const { certificate } = await act(request, admin, 'certificates', { action: 'issue', applicationId: application.applicationId });

  // At a second activity he forgot to check out; the timer closes it at 0 h and he asks for a correction.
  const forgot = await activity(`敬老院探访 ${Date.now() % 100000}`);
  await act(request, admin, 'records', {
    action: 'addAttendance',
    activityId: forgot,
    memberNo,
    checkedInAt: minutesFromNow(-240),
    reason: '现场扫码失败，按签到表补录',
  });
  expect((await request.post('/_local/timers/records/closeActivities')).ok()).toBe(true);
  await act(request, student, 'records', {
    action: 'requestCorrection',
    activityId: forgot,
    checkedOutAt: minutesFromNow(-150),
    reason: '离开时忘记扫签退码',
  });

  // 陈老师 approves it on the activity's 补录申请 tab: the certificate is named, and she re-issues it.
  await desk.goto(`/#/packages/activity-admin/console/index?activityId=${forgot}`);
  await desk.locator('.console-tabs__tab--corrections').click();
  await desk.locator('.correction-row__approve').click();
  await desk.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: '通过' }).click();
  const warning = desk.locator('.out-of-date');
  await expect(warning).toContainText(certificate.certificateNo);
  // Other specs may have credited him before; the correction adds exactly its 1.5 h to what the certificate states.
  await expect(warning).toContainText(/证明记载 [\d.]+ 小时，现为 [\d.]+ 小时/);
  const [, stated, now] = (await warning.innerText()).match(/证明记载 ([\d.]+) 小时，现为 ([\d.]+) 小时/) ?? [];
  expect(Number(now) - Number(stated)).toBeCloseTo(1.5, 6);
  // The 已通过 toast gone, so the screenshot shows the page.
  await desk.waitForTimeout(2000);
  await desk.screenshot({ path: 'reports/certificate-out-of-date.png', fullPage: true });
  await warning.locator('.out-of-date__reissue').click();
  await desk.locator('.out-of-date__dialog .nut-dialog-footer-ok').click();
  await expect(warning.locator('.out-of-date__done')).toContainText('已撤销，重新出具为');
  await desk.waitForTimeout(2000);
  await desk.screenshot({ path: 'reports/certificate-reissued.png', fullPage: true });
  await office.close();

  const { certificates } = await act(request, student, 'certificates', { action: 'mine' });
  const replacement = certificates.find((one: { status: string }) => one.status === 'valid');
  // What the old certificate stated plus the corrected 1.5 h (other specs may have credited him before).
  expect(replacement.facts.totalMinutes).toBe(certificate.facts.totalMinutes + 90);
  const verify = async (certificateNo: string) =>
    (await (await request.post('/api/certificates', { data: { action: 'verify', certificateNo } })).json()).data.status;
  expect(await verify(certificate.certificateNo)).toBe('revoked');
  expect(await verify(replacement.certificateNo)).toBe('valid');
});
