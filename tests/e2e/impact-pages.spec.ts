import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { expectGridDefinitions, expectReportDefinitions } from './fixtures/measure-definitions';
import { settledOn } from './fixtures/settled';
import { act, creditCarWash, session, termAroundToday } from './fixtures/persona-api';

/**
 * Issue 17's pages on the built H5 app with the demo personas. Other specs add data to the same
 * environment, so nothing here asserts an absolute total: each number is read through the API
 * before 张同学 washes 李老师's car (54 verified minutes, rated 5), and the pages must show that
 * number plus this test's delta — in 陈老师's 数据看板 (all teams, then 汽车维护服务队, then an org
 * unit that holds 张同学's hours but not 李老师's booking), 王队长's 本队数据 and 张同学's 我的贡献.
 * 390×844 screenshots go to reports/.
 */

test.describe.configure({ timeout: 150_000 });

type Persona = 'admin' | 'leader' | 'teacher' | 'student';

const CAR_CARE = 'team-car-care';
const BRANCH_AUTO = 'ou-branch-auto';
const phoneOf = async (browser: Browser, baseURL: string | undefined, persona: Persona, name: string): Promise<Page> => {
  const context = await browser.newContext({ ...devices['iPhone 12'], viewport: { width: 390, height: 844 }, baseURL });
  const page = await context.newPage();
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
  return page;
};

const tile = (page: Page, measure: string) => page.locator(`.stats-measure--${measure} .stats-measure__value`);
const hoursPlus = (hours: number, more: number) => `${Math.round((hours + more) * 10) / 10} 小时`;

test('数据看板, 本队数据 and 我的贡献 show the rollups and follow the filters', async ({ request, browser, baseURL }) => {
  const [admin, teacher, student] = await Promise.all(
    (['admin', 'teacher', 'student'] as const).map((persona) => session(request, persona)),
  );

  // A term around today (shared with other specs; created once per data dir, before any fact it must hold).
  const term = await termAroundToday(request, admin);
  const dashboard = (token: string, filter: { teamId?: string; orgUnitId?: string }) =>
    act(request, token, 'stats', {
      action: 'dashboard',
      termId: term.termId,
      teamId: filter.teamId ?? null,
      orgUnitId: filter.orgUnitId ?? null,
    });
  const [all, team, branch, mine] = [
    (await dashboard(admin, {})).totals,
    (await dashboard(admin, { teamId: CAR_CARE })).totals,
    (await dashboard(admin, { orgUnitId: BRANCH_AUTO })).totals,
    (await act(request, student, 'stats', { action: 'mine' })).terms.find((row: { termId: string }) => row.termId === '*') ?? {
      verifiedHours: 0,
      servicesGiven: 0,
    },
  ];

  // 张同学 washes 李老师's car for 54 minutes (0.9 h), 王队长 confirms, 李老师 rates it 5.
  const { bookingId } = await creditCarWash(request, { minutes: 54, dayOffset: 7, plate: '桂A55555' });
  await act(request, teacher, 'bookings', { action: 'rate', bookingId, score: 5, comment: '洗得很干净' });

  // 陈老师: 团委管理 › 数据看板, the term around today, all teams.
  const desk = await phoneOf(browser, baseURL, 'admin', '陈老师');
  await desk.goto('/#/packages/admin/index/index');
  await desk.locator('.admin-home__entry--stats').click();
  await settledOn(desk, '/packages/stats/dashboard/index');
  await expect(desk.locator('.stats-scope')).toHaveText(`${term.name} · 全部服务队 · 全部组织`);
  await expect(tile(desk, 'servicesDelivered')).toHaveText(String(all.servicesDelivered + 1));
  await expect(tile(desk, 'verifiedHours')).toHaveText(hoursPlus(all.verifiedHours, 0.9));
  await expect(desk.locator('.stats-ratings__score--5 .bar-meter__value')).toHaveText(`${all.ratingDistribution[4] + 1} 条`);
  await expect(desk.locator('.stats-teams__team--team-car-care')).toBeVisible();
  await expect(desk.locator('.stats-trend__month')).not.toHaveCount(0);
  // Every measure explains itself: tap → its one-line definition.
  await expect(desk.locator('.stats-measures__explain')).toContainText('点按任一指标');
  await desk.locator('.stats-measure--peopleServed').click();
  await expect(desk.locator('.stats-definition')).toHaveText('服务对象人数：本学期至少完成过一次服务的预约人，同一人只计一次。');
  await expectGridDefinitions(desk);
  await desk.locator('.stats-measure--noticeReadRate').click(); // the last one tapped again: the hint is back
  await expect(desk.locator('.stats-measures__explain')).toContainText('点按任一指标');
  await desk.screenshot({ path: 'reports/impact-dashboard-committee.png', fullPage: true });

  // The team filter: 汽车维护服务队 only.
  await desk.locator(`.stats-filters__team--${CAR_CARE}`).click();
  await expect(desk.locator('.stats-scope')).toHaveText(`${term.name} · 汽车维护服务队 · 全部组织`);
  await expect(tile(desk, 'servicesDelivered')).toHaveText(String(team.servicesDelivered + 1));
  await expect(desk.locator('.stats-teams__team')).toHaveCount(1);

  // The org filter, with its subtree: 汽车专业群团支部 holds 张同学's class (his hours count) but not
  // 李老师's college-level unit (her booking does not).
  await desk.locator(`.stats-filters__team--all`).click();
  await desk.locator('.org-unit-filter__child', { hasText: '汽车与信息工程学院' }).click();
  await desk.locator('.org-unit-filter__child', { hasText: '汽车专业群团支部' }).click();
  await expect(desk.locator('.stats-scope')).toHaveText(`${term.name} · 全部服务队 · 汽车专业群团支部`);
  await expect(tile(desk, 'verifiedHours')).toHaveText(hoursPlus(branch.verifiedHours, 0.9));
  await expect(tile(desk, 'servicesDelivered')).toHaveText(String(branch.servicesDelivered));
  await expect(desk.locator('.org-unit-filter__step', { hasText: '汽车与信息工程学院' })).toBeVisible();
  await desk.screenshot({ path: 'reports/impact-dashboard-org-filter.png', fullPage: true });

  // 年度报告 from the dashboard opens on the term the dashboard shows.
  await desk.locator('.stats-report-entry').click();
  await settledOn(desk, '/packages/stats/report/index');
  await expect(desk.locator('.report__title')).toContainText(`${term.name} 志愿服务主要成效`);
  await expectReportDefinitions(desk);

  // 王队长: 我的 › 本队数据, scoped to his team without a team filter.
  const lead = await phoneOf(browser, baseURL, 'leader', '王队长');
  await expect(lead.locator('.me-page__team-stats')).toBeVisible();
  // …and from 首页: the 本队数据 card.
  await lead.goto('/#/pages/index/index');
  const teamCard = lead.locator('.home-card:visible').filter({ has: lead.locator('.home-card__title', { hasText: '本队数据' }) });
  await lead.screenshot({ path: 'reports/impact-home-leader.png', fullPage: true });
  await teamCard.click();
  await settledOn(lead, '/packages/stats/team/index');
  await expect(lead.locator('.stats-scope')).toHaveText(`${term.name} · 汽车维护服务队 · 全部组织`);
  await expect(lead.locator('.stats-filters__team')).toHaveCount(0);
  await expect(lead.locator('.stats-teams')).toHaveCount(0);
  await expect(tile(lead, 'servicesDelivered')).toHaveText(String(team.servicesDelivered + 1));
  await expect(lead.locator('.stats-ratings__score--5 .bar-meter__value')).toHaveText(`${team.ratingDistribution[4] + 1} 条`);
  await expectGridDefinitions(lead);
  await lead.screenshot({ path: 'reports/impact-dashboard-leader.png', fullPage: true });

  // 张同学: 我的 › 我的贡献, one more service and 0.9 hours more than before.
  const phone = await phoneOf(browser, baseURL, 'student', '张同学');
  await expect(phone.locator('.me-page__team-stats')).toHaveCount(0);
  await phone.locator('.me-page__contribution').click();
  await settledOn(phone, '/packages/stats/mine/index');
  await expect(phone.locator('.my-contribution__hours')).toHaveText(hoursPlus(mine.verifiedHours, 0.9));
  await expect(phone.locator('.my-contribution__services')).toContainText(`完成服务 ${mine.servicesGiven + 1} 次`);
  await expect(phone.locator(`.my-contribution__term--${term.termId}`)).toContainText(term.name);
  // 我的贡献's own figures say how they are counted.
  await expect(phone.locator('.stats-page__hint', { hasText: '只计已认定的时长' })).toBeVisible();
  await phone.screenshot({ path: 'reports/impact-my-contribution.png', fullPage: true });

  // A member is refused the committee's page in the app too, not only by the server.
  await phone.goto('/#/packages/stats/dashboard/index');
  await expect(phone.locator('.stats-gate__denied')).toContainText('无权限');
});
