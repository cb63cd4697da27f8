import { readFileSync } from 'node:fs';
import { devices, expect, test } from '@playwright/test';
import { act, creditCarWash, session, termAroundToday } from './fixtures/persona-api';

/**
 * Issue 17's annual report on the built H5 app as 陈老师: 团委管理 › 年度报告 for the current term
 * says what the report action says (no absolute totals: other specs add data), a year reads its
 * terms, 导出 Excel downloads the .xlsx with progress, and the print view leaves out the navigation
 * bar, choosers and buttons. 390×844 and print screenshots go to reports/.
 */

test.describe.configure({ timeout: 120_000 });

test('年度报告: a term and a year, exported and printed', async ({ request, browser, baseURL }) => {
  const admin = await session(request, 'admin');
  const term = await termAroundToday(request, admin);

  // 张同学 washes 李老师's car for 29 minutes, confirmed by 王队长: the term has a team row whatever ran before.
  await creditCarWash(request, { minutes: 29, dayOffset: 5, plate: '桂A66666' });

  const context = await browser.newContext({
    ...devices['iPhone 12'],
    viewport: { width: 390, height: 844 },
    baseURL,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator('.sign-in-page__persona--admin').click();
  await expect(page.locator('.profile-card')).toContainText('陈老师');
  await page.goto('/#/packages/admin/index/index');
  await page.locator('.admin-home__entry--annual-report').click();

  // The current term is chosen; its paragraph carries the report action's numbers, read now.
  const report = await act(request, admin, 'stats', { action: 'annualReport', period: term.termId });
  await expect(page.locator('.report__title')).toHaveText(`${term.name} 志愿服务主要成效`);
  await expect(page.locator('.report__summary').nth(1)).toContainText(
    `本学期共开展志愿服务活动 ${report.totals.activitiesHeld} 场，累计认定志愿时长 ${report.totals.verifiedHours} 小时`,
  );
  expect(report.teams.length).toBeGreaterThan(0);
  await expect(page.locator('.report-table--teams .report-table__row')).toHaveCount(report.teams.length + 1);
  await expect(page.locator('.report-table--teams')).toContainText('汽车维护服务队');
  await page.reload();
  await expect(page.locator('.report__title')).toHaveText(`${term.name} 志愿服务主要成效`);
  await page.screenshot({ path: 'reports/annual-report-term.png', fullPage: true });

  // 导出 Excel: progress, then the file.
  const download = page.waitForEvent('download');
  await page.locator('.report__export .export-action__start').click();
  const file = await download;
  // The storage URL is cross-origin, so the browser keeps its own name; the status line names the file.
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    readFileSync(await file.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  await expect(page.locator('.report__export .export-action__status')).toContainText(`${term.name}-主要成效.xlsx`);

  // Print: only the report, no navigation bar, choosers or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#taro-navigation-bar')).toBeHidden();
  await expect(page.locator('.report__actions')).toBeHidden();
  await expect(page.locator('.report__choose')).toBeHidden();
  await expect(page.locator('.report__title')).toBeVisible();
  await page.screenshot({ path: 'reports/annual-report-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // A year: the terms starting in it.
  const year = String(term.startDay).slice(0, 4);
  await page
    .locator('.choice-chips__chip')
    .filter({ hasText: `${year}年度` })
    .click();
  await expect(page.locator('.report__title')).toHaveText(`${year}年度 志愿服务主要成效`);
  await expect(page.locator('.report__summary').first()).toContainText(term.name);
  await page.screenshot({ path: 'reports/annual-report-year.png', fullPage: true });
  await context.close();
});
