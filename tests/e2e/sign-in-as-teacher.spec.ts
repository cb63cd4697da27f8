import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const SCREENSHOT = path.resolve(__dirname, '..', '..', 'docs', 'screenshot-me.png');

type Persona = 'teacher' | 'student' | 'leader' | 'admin';

/** Taps a persona row on 选择身份 (the row, not its title: the row takes the tap). */
async function pickPersona(page: Page, persona: Persona) {
  await page.locator(`.sign-in-page__persona--${persona}`).click();
}

/** From a fresh browser: the guard opens 选择身份, where the persona is picked. */
async function signInAs(page: Page, persona: Persona) {
  await page.goto('/');
  await expect(page.locator('.sign-in-page')).toBeVisible();
  await pickPersona(page, persona);
}

test('a new visitor signs in as 李老师 and sees name and role on 我的', async ({ page }) => {
  await signInAs(page, 'teacher');

  // Signing in lands on 我的 with the identity the host resolved from the token.
  const profile = page.locator('.profile-card');
  await expect(profile.getByText('李老师', { exact: true })).toBeVisible();
  await expect(profile.getByText('教师', { exact: true })).toBeVisible();
  await expect(page.locator('.me-page__switch')).toBeVisible();

  await page.screenshot({ path: SCREENSHOT });
});

test('the session survives a reload and 我的 is reachable from the tab bar', async ({ page }) => {
  await signInAs(page, 'teacher');
  await expect(page.locator('.profile-card')).toContainText('李老师');

  await page.reload();
  await page.locator('.taro-tabbar__tabbar').getByText('首页', { exact: true }).click();
  await expect(page.locator('.home-notices')).toBeVisible();
  await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click();
  await expect(page.locator('.profile-card')).toContainText('李老师');
});

test('切换身份 signs in as another persona', async ({ page }) => {
  await signInAs(page, 'teacher');
  await expect(page.locator('.profile-card')).toContainText('李老师');

  await page.locator('.me-page__switch').click();
  await pickPersona(page, 'student');
  const profile = page.locator('.profile-card');
  await expect(profile).toContainText('张同学');
  await expect(profile.getByText('志愿者', { exact: true })).toBeVisible();
});

test('a token the host refuses sends the visitor back to 选择身份', async ({ page }) => {
  await signInAs(page, 'teacher');
  await expect(page.locator('.profile-card')).toContainText('李老师');

  // Taro keeps H5 storage as JSON `{data}` in localStorage; swap in a forged token.
  await page.evaluate(() => localStorage.setItem('starfire.session-token', JSON.stringify({ data: 'forged.token' })));
  await page.reload();

  await expect(page.locator('.sign-in-page')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('starfire.session-token'))).toBeNull();
});
