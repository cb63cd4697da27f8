import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Issue 15, sharing: 陈老师 publishes a 学雷锋日 activity; 张同学 opens it on the 活动 tab, taps 生成海报 and 下载海报; the file is a
 * 750×1200 PNG named after the activity, and its QR, read as a phone camera would, opens that
 * activity's detail page (the scene names it). Screenshots go to test-results/poster/.
 */

test.describe.configure({ timeout: 120_000 });

const marker = (process.env.STARFIRE_E2E_DATA ?? '').slice(-6) || 'local';
const title = `学雷锋日海报 ${marker}`;

async function signInAs(page: Page, persona: 'admin' | 'student', name: string) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
}

test('张同学 draws the activity poster and downloads it; its QR opens the activity', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'admin', '陈老师');
  await page.locator('.taro-tabbar__tabbar').getByText('活动', { exact: true }).click();
  await page.locator('.activities-tab__publish:visible').click();
  await page.locator('.template-section__toggle').click();
  await page.locator('.template-chip--leifeng').click();
  await page.locator('.activity-form__title input').fill(title);
  await page.locator('.activity-form__submit').click();
  await expect(page.locator('.console-header__title')).toHaveText(title, { timeout: 20_000 });
  const activityId = /activityId=(act_[A-Za-z0-9]{20})/.exec(page.url())?.[1];
  expect(activityId).toBeTruthy();
  // The organiser's console offers the poster too.
  await expect(page.locator('.lifecycle__poster:visible')).toHaveText('生成海报');

  await signInAs(page, 'student', '张同学');
  await page.locator('.taro-tabbar__tabbar').getByText('活动', { exact: true }).click();
  await page.locator(`.activity-card--${activityId}:visible`).click();
  await expect(page.locator('.activity-facts__title:visible')).toHaveText(title);
  await page.locator('.activity-actions__poster:visible').click();

  const poster = page.locator('.activity-poster__image:visible img, img.activity-poster__image:visible').first();
  await expect(poster).toHaveAttribute('src', /^data:image\/png;base64,/, { timeout: 15_000 });
  await expect(page.locator('.activity-poster__save:visible')).toHaveText('下载海报');
  await page.screenshot({ path: 'test-results/poster/poster-student.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.activity-poster__save:visible').click()]);
  expect(download.suggestedFilename()).toBe(`「${title}」海报.png`);
  const file = readFileSync((await download.path())!);
  await download.saveAs('test-results/poster/poster-download.png');
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const png = PNG.sync.read(file);
  expect([png.width, png.height]).toEqual([750, 1200]);

  const link = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  expect(link).toBeTruthy();
  const url = new URL(link!.replace('/#/', '/'));
  expect(url.pathname).toBe('/packages/activities/detail/index');
  expect(url.searchParams.get('scene')).toBe(`a=${activityId!.slice('act_'.length)}`);

  // Scanned, the code opens the same activity.
  await page.goto(link!);
  await expect(page.locator('.activity-facts__title:visible')).toHaveText(title);
});
