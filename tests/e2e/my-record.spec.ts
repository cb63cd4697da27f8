import ExcelJS from 'exceljs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { creditCarWash, session, termAroundToday } from './fixtures/persona-api';

/**
 * Issue 18's 志愿服务记录 on the built H5 app: 张同学 opens 我的志愿时长, downloads the .xlsx, and the file
 * lists as many entries as the page and the same total. Other specs credit 张同学 too, so the spec
 * compares the file with the page, never with a fixed figure. A 390×844 screenshot goes to reports/.
 */

test.describe.configure({ timeout: 90_000 });

/** 张同学 washes 李老师's car for 25 minutes within a term and 王队长 confirms the record: one more verified entry. */
async function creditStudent(request: APIRequestContext) {
  await termAroundToday(request, await session(request, 'admin'));
  await creditCarWash(request, { minutes: 25, dayOffset: 6, plate: '桂A66666' });
}

test('张同学 downloads his 志愿服务记录 and it matches 我的志愿时长', async ({ page, request }) => {
  await creditStudent(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator('.sign-in-page__persona--student').click();
  await expect(page.locator('.profile-card')).toContainText('张同学');
  await page.goto('/#/packages/activities/hours/index');
  const summary = page.locator('.my-hours__total:visible');
  await expect(summary).toContainText('小时');
  const shownTotal = Number((await summary.textContent())!.replace(/[^\d.]/g, ''));
  const shownEntries = await page.locator('.my-hours__entry:visible:not(.my-hours__entry--uncredited)').count();

  const download = page.waitForEvent('download');
  await page.locator('.export-action--my-record:visible .export-action__start').click();
  const file = await download;
  // Saved under the name the page shows, not the storage key (the download is cross-origin).
  expect(file.suggestedFilename()).toBe('张同学-志愿服务记录.xlsx');
  await expect(page.locator('.export-action--my-record:visible .export-action__status')).toContainText(
    `已生成 ${shownEntries} 行 · 张同学-志愿服务记录.xlsx`,
  );

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const records = workbook.getWorksheet('服务记录')!;
  expect(records.getRow(1).values).toEqual([undefined, '认定日期', '服务内容', '来源', '时长（小时）', '学期']);
  expect(shownEntries).toBeGreaterThan(0);
  expect(records.actualRowCount - 1).toBe(shownEntries);
  const sources = records.getColumn(3).values.slice(2);
  expect(sources).toContain('服务预约');
  const totals = workbook.getWorksheet('学期合计')!;
  const last = totals.getRow(totals.actualRowCount);
  expect(last.getCell(1).value).toBe('合计');
  expect(last.getCell(2).value).toBe(shownEntries);
  expect(last.getCell(3).value).toBe(shownTotal);
  expect(workbook.getWorksheet('成员')!.getCell('A2').value).toBe('张同学');

  await page.reload();
  await expect(page.locator('.my-hours__record:visible')).toBeVisible();
  await page.screenshot({ path: 'reports/my-record-student.png', fullPage: true });
});
