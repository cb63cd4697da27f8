import { expect, test, type Browser, type Page } from '@playwright/test';
import { FONT_SCALE_STORAGE_KEY } from '../../src/accessibility/font-scale-setting';
import { act, session, termAroundToday } from './fixtures/persona-api';
import { settledOn } from './fixtures/settled';

/**
 * Issue 17's honours and report pages walked at 390×844 with the 1.5× font setting, with a service
 * team of 20 characters (created here, archived at the end): 荣誉设置, 公示, 评优名单, 年度报告 as
 * 陈老师, 本队数据 as 王队长, 我的星级 and 我的贡献 as 张同学. Screenshots to reports/impact/. Books nothing.
 */

test.describe.configure({ timeout: 150_000 });

const LONG_NAME = '星火青年志愿服务队汽车维护与电脑义诊联队'.slice(0, 20);

const phoneAt = async (browser: Browser, baseURL: string | undefined, persona: string, name: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, baseURL });
  const page = await context.newPage();
  await page.addInitScript(([key, value]) => localStorage.setItem(key, JSON.stringify({ data: value })), [
    FONT_SCALE_STORAGE_KEY,
    1.5,
  ] as const);
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
  return page;
};

/** Opens `route`, waits for its loading state to go, checks nothing is wider than the screen, saves the shot. */
const shoot = async (page: Page, route: string, shot: string, ready?: string) => {
  await page.goto(`/#${route}`);
  await settledOn(page, route);
  if (ready) await expect(page.locator(`.taro_page:visible ${ready}`).last()).toBeVisible();
  await expect(page.locator('.taro_page:visible').last()).not.toContainText(/加载中|正在加载/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${route} wider than the screen`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `reports/impact/${shot}.png`, fullPage: true });
};

test('honours and report pages at 390×844 and 1.5× font, with a 20-character team name', async ({ request, browser, baseURL }) => {
  const admin = await session(request, 'admin');
  await termAroundToday(request, admin);
  const { team } = await act(request, admin, 'users', {
    action: 'saveTeam',
    name: LONG_NAME,
    kind: 'other',
    orgUnitId: 'ou-class-qx2301',
  });
  try {
    const desk = await phoneAt(browser, baseURL, 'admin', '陈老师');
    await shoot(desk, '/packages/honours/settings/index', 'admin-honour-settings', '.honour-settings');
    await shoot(desk, '/packages/honours/notice/index', 'admin-honour-notice', '.honour-notice');
    await shoot(desk, '/packages/honours/nominations/index', 'admin-nominations', '.nominations');
    await shoot(desk, '/packages/stats/report/index', 'admin-annual-report', '.report__title');
    await shoot(desk, '/packages/stats/dashboard/index', 'admin-dashboard', '.stats-filters__team');
    await expect(desk.locator('.stats-filters__team', { hasText: LONG_NAME })).toBeVisible();

    const lead = await phoneAt(browser, baseURL, 'leader', '王队长');
    await shoot(lead, '/packages/stats/team/index', 'leader-team-stats', '.stats-scope');

    const student = await phoneAt(browser, baseURL, 'student', '张同学');
    await shoot(student, '/packages/honours/mine/index', 'student-my-honours', '.my-honours');
    await shoot(student, '/packages/stats/mine/index', 'student-my-contribution');
  } finally {
    await act(request, admin, 'users', { action: 'archiveTeam', teamId: team.teamId });
  }
});
