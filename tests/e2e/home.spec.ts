import { expect, test, type Page } from '@playwright/test';

const SHOTS = process.env.STARFIRE_HOME_SHOTS ?? 'test-results/home';

/** From a fresh browser: 选择身份, then the persona's row (or 新用户), then the 首页 tab. */
async function openHomeAs(page: Page, persona: 'teacher' | 'student' | 'leader' | 'admin' | 'new') {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.locator('.sign-in-page')).toBeVisible();
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await page.locator('.taro-tabbar__tabbar').getByText('首页', { exact: true }).click();
  await expect(page.locator('.home-notices')).toBeVisible();
  await expect(page.locator('.home-loading')).toHaveCount(0);
}

for (const persona of ['teacher', 'student', 'leader', 'admin'] as const) {
  test(`首页 as the seeded ${persona} loads its what's-next feed`, async ({ page }) => {
    await openHomeAs(page, persona);
    await expect(page.locator('.home-card, .home-empty').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/home-${persona}.png` });
  });
}

test('a brand-new user is told there is nothing next yet and to bind first', async ({ page }) => {
  await openHomeAs(page, 'new');
  await expect(page.getByText('暂时没有待办的事')).toBeVisible();
  await expect(page.getByText('去绑定身份 ›')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/home-new.png` });
});
