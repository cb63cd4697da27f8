import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { creditCarWash, shanghaiDayFrom } from './fixtures/persona-api';

/**
 * Issue 18's national-platform export on the built H5 app: 陈老师 gives 张同学 a 志愿者编号 and a
 * 居民身份证 number on 成员详情, starts a layout from the 中国志愿服务网 preset on 志愿平台导出, adds a
 * fixed-text column, saves it, previews today's verified entries and downloads the .xlsx, where
 * 张同学's number and ID are text cells. Other specs credit hours today too: the spec follows its
 * own 41-minute entry, never a total. 390×844 screenshots go to reports/.
 */

test.describe.configure({ timeout: 120_000 });

const GOOD_ID = '11010519491231002X';
const VOLUNTEER_NO = '0045000215';
test('陈老师 sets 张同学’s 志愿者编号, builds a 中国志愿服务网 layout, previews and exports with text cells', async ({ page, request }) => {
  await creditCarWash(request, { minutes: 41, dayOffset: 3, plate: '桂A44444' });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator('.sign-in-page__persona--admin').click();
  await expect(page.locator('.profile-card')).toContainText('陈老师');

  // 成员详情: the 志愿者编号 and a 居民身份证 number (a wrong check character is refused first).
  await page.goto('/#/packages/admin/member/index?openid=dev-student');
  const card = page.locator('.member-identity:visible');
  await card.locator('.member-identity__edit').click();
  await card.locator('.member-identity__field--volunteer-no input').fill(VOLUNTEER_NO);
  await card.locator('.member-identity__type--resident').click();
  await card.locator('.member-identity__field--id-number input').fill('110105194912310021');
  await card.locator('.member-identity__save').click();
  await expect(page.getByText('身份证号码校验位不正确')).toBeVisible();
  await card.locator('.member-identity__field--id-number input').fill(GOOD_ID);
  await card.locator('.member-identity__save').click();
  await expect(card.locator('.member-identity__volunteer-no')).toHaveText(`志愿者编号：${VOLUNTEER_NO}`);
  await expect(card).toContainText(`居民身份证 ${GOOD_ID}`);
  await expect(page.getByText('已保存')).toBeHidden({ timeout: 5000 });
  await page.screenshot({ path: 'reports/member-identity-admin.png', fullPage: true });

  // 志愿平台导出: from the preset, a fixed column added, saved.
  await page.goto('/#/packages/admin/index/index');
  await page.locator('.admin-home__entry--platform-export').click();
  await page.locator('.platform-export__preset--1').click();
  await expect(page.locator('.platform-export__column')).toHaveCount(8);
  await page.locator('.platform-export__name input').fill('中国志愿服务网（本院）');
  await page.locator('.platform-export__add-fixed').click();
  const added = page.locator('.platform-export__column--8');
  await added.locator('.platform-export__header input').fill('组织单位');
  await added.locator('.platform-export__fixed input').fill('星火学院团委');
  await page.locator('.platform-export__save').click();
  await expect(page.getByText('版式已保存')).toBeVisible();
  await expect(page.locator('.choice-chips__chip--active')).toHaveText('中国志愿服务网（本院）');

  // Today's entries: the preview shows the rows and names no missing number for 张同学.
  await page.locator('.platform-export__term--custom').click();
  await page.locator('.platform-export__check').click();
  const preview = page.locator('.platform-export__preview');
  await expect(preview).toContainText('预览 · 共');
  await expect(preview).not.toContainText('张同学：缺少志愿者编号');
  await expect(page.getByText('版式已保存')).toBeHidden({ timeout: 5000 });
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'reports/platform-export-preview.png' });

  const download = page.waitForEvent('download');
  await page.locator('.export-action--platform .export-action__start').click();
  const file = await download;
  await expect(page.locator('.export-action--platform .export-action__status')).toContainText('中国志愿服务网（本院）');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    '志愿者编号',
    '姓名',
    '证件类型',
    '证件号码',
    '服务项目名称',
    '服务日期',
    '服务时长（小时）',
    '服务内容',
    '组织单位',
  ]);
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, index) => index > 1 && rows.push(row));
  const mine = rows.find((row) => row.getCell(2).value === '张同学' && row.getCell(7).value === 0.68)!;
  expect(mine.getCell(1).type).toBe(ExcelJS.ValueType.String);
  expect(mine.getCell(1).value).toBe(VOLUNTEER_NO);
  expect(mine.getCell(4).type).toBe(ExcelJS.ValueType.String);
  expect(mine.getCell(4).value).toBe(GOOD_ID);
  expect(mine.getCell(6).value).toBe(shanghaiDayFrom(0));
  expect(mine.getCell(9).value).toBe('星火学院团委');
});
