import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { routes } from '../../src/navigation/routes';

/**
 * #16: on H5 every sub-page shows Taro's navigation bar (WeChat draws its own natively) with the
 * page's navigationBarTitleText, 返回 to the page it came from, and 回到首页 when it was opened
 * directly by a link. Every sub-page route of routes.ts, as the seeded admin.
 */

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 10_000 });

const SHOTS = 'reports/navigation-bar';

/** What a page's own index.config.ts names it. */
const configTitle = (route: string): string => {
  const config = readFileSync(path.join(__dirname, '../../src', `${route}.config.ts`), 'utf8');
  const title = /navigationBarTitleText:\s*'([^']+)'/.exec(config)?.[1];
  if (!title) throw new Error(`${route} has no navigationBarTitleText`);
  return title;
};

/** Pages that name themselves more exactly when opened without an id (Taro.setNavigationBarTitle). */
const titleWithoutId: Partial<Record<keyof typeof routes, string>> = { serviceEdit: '新增服务项目' };

const subPages = (Object.entries(routes) as [keyof typeof routes, string][]).filter(([, route]) => route.startsWith('/packages/'));

const bar = (page: Page) => page.locator('#taro-navigation-bar');

async function signInAsAdmin(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/#${routes.signIn}`);
  await page.locator('.sign-in-page__persona--admin').click();
  await expect(page.locator('.profile-card')).toBeVisible();
}

/** The route the browser shows now, without its query. */
const currentRoute = (page: Page) => new URL(page.url()).hash.slice(1).split('?')[0];

/**
 * Taps every entry of a list page (as a user would: Taro.navigateTo builds the stack), checks the
 * page it opens by its title and 返回, and comes back. Returns the routes it saw.
 */
async function walkEntries(page: Page, from: string, entries: string): Promise<string[]> {
  const seen: string[] = [];
  await expect(page.locator(entries).first()).toBeVisible();
  const count = await page.locator(entries).count();
  for (let index = 0; index < count; index += 1) {
    await expect(page.locator(entries).nth(index)).toBeVisible();
    // Taro settles a back asynchronously (the page left is unloaded after the URL changes): tap
    // only once it has, as a person would, or the next navigateTo races the unload.
    const pages = await page.locator('.taro_page').count();
    await page.locator(entries).nth(index).click();
    await expect(page).not.toHaveURL(new RegExp(`#${from}$`));
    const route = currentRoute(page);
    if (!route.startsWith('/packages/')) continue;
    const name = (Object.entries(routes) as [keyof typeof routes, string][]).find(([, url]) => url === route)?.[0];
    const title = (name && titleWithoutId[name]) ?? configTitle(route);
    await expect(bar(page).locator('.taro-navigation-bar-title'), route).toHaveText(title);
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
    const back = page.getByRole('button', { name: '返回' });
    await expect(back, route).toBeVisible();
    const box = await back.boundingBox();
    expect(box && Math.min(box.width, box.height), `${route}: 返回 is a 44 px target`).toBeGreaterThanOrEqual(44);
    if (seen.length === 0) await page.screenshot({ path: `${SHOTS}/pushed-${route.split('/')[3]}.png` });
    await back.click();
    await expect(page, route).toHaveURL(new RegExp(`#${from}$`));
    await expect(page.locator('.taro_page')).toHaveCount(pages);
    seen.push(route);
  }
  return seen;
}

test('a sub-page opened from the app shows its title and 返回 to the page it came from', async ({ page }) => {
  await signInAsAdmin(page);
  const fromMe = await walkEntries(page, routes.me, '.me-page .nut-cell-clickable');
  await page.locator('.me-page .nut-cell-clickable').filter({ hasText: '团委管理' }).click();
  await expect(page).toHaveURL(new RegExp(`#${routes.admin}$`));
  const fromAdmin = await walkEntries(page, routes.admin, '.admin-home__entry');
  expect(fromAdmin).toHaveLength(await page.locator('.admin-home__entry').count());
  expect(fromAdmin.length).toBeGreaterThanOrEqual(15);
  expect(new Set([...fromMe, ...fromAdmin]).size).toBeGreaterThan(20);
});

test('a sub-page opened directly by a link goes back to the 首页 tab', async ({ page }) => {
  await signInAsAdmin(page);
  for (const [name, route] of subPages) {
    await page.goto(`/#${route}`);
    await page.reload();
    await expect(bar(page).locator('.taro-navigation-bar-title'), name).toHaveText(titleWithoutId[name] ?? configTitle(route));
    await expect(page.getByRole('button', { name: '返回' })).toBeHidden();
    const home = page.getByRole('button', { name: '回到首页' });
    await expect(home, name).toBeVisible();
    if (name === 'activity') await page.screenshot({ path: `${SHOTS}/opened-by-link.png` });
    // The binding form asks for the 隐私保护指引 first, over the whole screen, bar included.
    if (name === 'membershipForm') await page.locator('#privacy-agree').click();
    await home.click();
    await expect(page, name).toHaveURL(/#\/pages\/index\/index$/);
    await expect(page.locator('.taro-tabbar__tabbar')).toBeVisible();
  }
});

test('tab pages show their title with neither 返回 nor 回到首页', async ({ page }) => {
  await signInAsAdmin(page);
  for (const tab of ['首页', '服务', '活动', '问答', '我的']) {
    await page.locator('.taro-tabbar__tabbar').getByText(tab, { exact: true }).click();
    await expect(bar(page).locator('.taro-navigation-bar-title')).not.toBeEmpty();
    await expect(page.getByRole('button', { name: '返回' })).toBeHidden();
    await expect(page.getByRole('button', { name: '回到首页' })).toBeHidden();
  }
  await page.screenshot({ path: `${SHOTS}/tab-me.png` });
});
