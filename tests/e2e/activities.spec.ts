import { readFileSync } from 'node:fs';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Issue 7 end to end on the built H5 app and function bundles, with two phones at once: 陈老师
 * (admin) publishes an activity from the 学雷锋日 template, starting now, 1.5 h fixed; 张同学 signs up
 * on the 活动 tab, checks in with the code decoded from the QR image on 陈老师's console (a tampered
 * code is refused, a second scan is harmless), checks out with the 签退码 and finds 1.5 小时 under 我的 →
 * 我的志愿时长; 陈老师 sees the attendance and exports it as an .xlsx that downloads.
 */

test.describe.configure({ timeout: 180_000 });

// Campus time whatever the phone's zone: 现在开始 must still mean now in Shanghai.
const TIMEZONE = 'America/New_York';
test.use({ timezoneId: TIMEZONE });

type Persona = 'admin' | 'student';

const marker = (process.env.STARFIRE_E2E_DATA ?? '').slice(-6) || 'local';
const title = `学雷锋日志愿服务 ${marker}`;

async function signInAs(page: Page, persona: Persona, name: string) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
}

/** The organiser's phone: a second browser context (its own storage, so its own session). */
async function organiserPhone(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ ...devices['iPhone 12'], baseURL, timezoneId: TIMEZONE });
  return { context, page: await context.newPage() };
}

/**
 * What a phone camera reads from the QR on the console right now: the image decoded. On H5 the
 * console also shows the code as text, from the same answer: the two must agree (read again if a
 * rotation fell between the two reads).
 */
async function currentCode(organiserPage: Page, kind: 'in' | 'out'): Promise<string> {
  const panel = organiserPage.locator(`.code-panel--${kind}:visible`);
  const text = panel.locator('.code-panel__text');
  const image = panel.locator('.code-panel__qr img, img.code-panel__qr').first();
  await expect(text).toHaveText(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  let decoded: string | undefined;
  let shown: string | null = null;
  for (let attempt = 0; attempt < 3 && (!decoded || decoded !== shown); attempt += 1) {
    const src = (await image.getAttribute('src')) ?? '';
    const png = PNG.sync.read(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
    decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    shown = (await text.textContent())?.trim() ?? null;
  }
  expect(decoded).toBe(shown);
  return decoded!;
}

/** What a phone camera does with the QR: open the link it encodes (the scanner reads `?code=`). */
async function openScanLink(page: Page, code: string) {
  await page.goto(`/#/packages/activities/scan/index?code=${encodeURIComponent(code)}`);
  await expect(page.locator('.scan-result:visible')).toBeVisible();
  return page.locator('.scan-result:visible');
}

test('陈老师 publishes from a template; 张同学 signs up, checks in and out by the live codes; hours and export follow', async ({
  page: student,
  browser,
  baseURL,
}) => {
  const organiser = await organiserPhone(browser, baseURL);
  const admin = organiser.page;

  // 陈老师: 活动 → 发布活动 → 从模板创建 → 学雷锋日, then 现在开始 and a fixed 90 minutes.
  await signInAs(admin, 'admin', '陈老师');
  await admin.locator('.taro-tabbar__tabbar').getByText('活动', { exact: true }).click();
  await admin.locator('.activities-tab__publish:visible').click();
  await admin.locator('.template-section__toggle').click();
  await admin.locator('.template-chip--leifeng').click();
  await expect(admin.locator('.template-section__note')).toContainText('已按模板填写');
  const titleInput = admin.locator('.activity-form__title input');
  await expect(titleInput).toHaveValue('学雷锋日志愿服务');
  await expect(admin.locator('.activity-form__place input')).toHaveValue('学校东门广场');
  await titleInput.fill(title);
  await admin.locator('.activity-form__start-now').click();
  await admin.locator('.hours-kind--fixed').click();
  await admin.locator('.hours-field__fixedMinutes input').fill('90');
  await admin.locator('.activity-form__submit').click();

  // Published: the console opens on the rotating 签到码.
  // (the redirect follows the create's answer and its toast; slow on a busy machine)
  await expect(admin.locator('.console-header__title')).toHaveText(title, { timeout: 20_000 });
  const activityId = /activityId=(act_[A-Za-z0-9]{20})/.exec(admin.url())?.[1];
  expect(activityId).toBeTruthy();
  await expect(admin.locator('.code-panel--in .code-panel__qr img, .code-panel--in img.code-panel__qr').first()).toHaveAttribute(
    'src',
    /^data:image\/png;base64,/,
  );
  await expect(admin.locator('.code-panel__countdown')).toContainText('秒后自动更新');

  // 张同学 finds it on the 活动 tab and signs up.
  await signInAs(student, 'student', '张同学');
  await student.locator('.taro-tabbar__tabbar').getByText('活动', { exact: true }).click();
  await student.locator(`.activity-card--${activityId}:visible`).click();
  await expect(student.locator('.activity-detail:visible')).toContainText('学校东门广场');
  await student.locator('.activity-actions__sign-up:visible').click();
  await expect(student.locator('.activity-actions__checkin:visible')).toBeVisible();

  // A code with its signature tampered is refused in Chinese, and checks nobody in.
  const code = await currentCode(admin, 'in');
  const tampered = `${code.slice(0, -2)}${code.endsWith('AA') ? 'BB' : 'AA'}`;
  const refused = await openScanLink(student, tampered);
  await expect(refused.locator('.scan-result__title')).toHaveText('签到未成功');
  await expect(refused).toHaveClass(/scan-result--CODE_FORGED/);

  // The live code checks 张同学 in; scanning again answers the first check-in.
  await student.goto(`/#/packages/activities/detail/index?activityId=${activityId}`);
  const checkedIn = await openScanLink(student, await currentCode(admin, 'in'));
  await expect(checkedIn.locator('.scan-result__title')).toHaveText('签到成功');
  const firstLine = await checkedIn.locator('.scan-result__line').first().textContent();
  await student.goto(`/#/packages/activities/detail/index?activityId=${activityId}`);
  const again = await openScanLink(student, await currentCode(admin, 'in'));
  await expect(again.locator('.scan-result__title')).toHaveText('你已签到');
  await expect(again.locator('.scan-result__line').first()).toContainText(firstLine!.replace('签到时间 ', ''));

  // The console counts the check-in.
  await admin.locator('.console-tabs__tab--attendance').click();
  await expect(admin.locator('.activity-console:visible')).toContainText('张同学');

  // 签退码 → 张同学 checks out and is credited the fixed 1.5 hours.
  await admin.locator('.console-tabs__tab--out').click();
  await student.goto(`/#/packages/activities/detail/index?activityId=${activityId}`);
  const checkedOut = await openScanLink(student, await currentCode(admin, 'out'));
  await expect(checkedOut.locator('.scan-result__title')).toHaveText('签退成功');
  await expect(checkedOut).toContainText('计入时长 1.5 小时');

  // 我的 → 我的志愿时长 lists the activity with its hours and where they came from.
  await student.goto('/#/pages/me/index');
  await expect(student.locator('.me-page__hours:visible')).toContainText('小时');
  await student.locator('.me-page__hours:visible').click();
  const entry = student.locator('.my-hours__entry:visible').filter({ hasText: title });
  await expect(entry.locator('.my-hours__minutes')).toHaveText('1.5 小时');
  await expect(entry.locator('.my-hours__source')).toHaveText('活动');

  // 陈老师 exports the attendance: progress, then the .xlsx downloads.
  await admin.locator('.console-tabs__tab--export').click();
  const download = admin.waitForEvent('download');
  await admin.locator('.export-action--attendance .export-action__start').click();
  const file = await download;
  // Saved under the name the page shows, not the storage key (the download is cross-origin).
  expect(file.suggestedFilename()).toBe(`${title}-签到记录.xlsx`);
  await expect(admin.locator('.export-action--attendance .export-action__status')).toContainText(`${title}-签到记录.xlsx`);
  const saved = await file.path();
  // An .xlsx is a zip: it starts with PK.
  expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
  await expect(admin.locator('.export-action--attendance .export-action__status')).toContainText('已生成 1 行');

  await organiser.context.close();
});
