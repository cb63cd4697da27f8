import { expect, test, type Page } from '@playwright/test';

// 组织架构 as 陈老师: add a class under a branch, rename it, remove it; a unit still in use is refused with the reason.
test.describe.configure({ timeout: 60_000 });

const row = (page: Page, name: string) => page.locator('.org-unit-row').filter({ hasText: name }).first();
const sheetItem = (page: Page, label: string) => page.locator('.taro-actionsheet__cell:visible').filter({ hasText: label });
const modalButton = (page: Page, label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });

async function nameAndSave(page: Page, name: string) {
  const dialog = page.locator('.name-dialog');
  await dialog.locator('input').fill(name);
  await dialog.locator('.nut-dialog-footer-ok').click();
}

test('陈老师 adds, renames and removes a class; a branch with classes cannot be removed', async ({ page }) => {
  const suffix = Math.floor(Math.random() * 1e4);
  await page.goto('/');
  await page.locator('.sign-in-page__persona--admin').click();
  await page.locator('.me-page__admin').click();
  await page.locator('.admin-home__entry--org-units').click();

  await row(page, '汽车专业群团支部').click();
  await sheetItem(page, '添加班级').click();
  await nameAndSave(page, `新能源${suffix}班`);
  await expect(row(page, `新能源${suffix}班`)).toBeVisible();

  await row(page, `新能源${suffix}班`).click();
  await sheetItem(page, '重命名').click();
  await nameAndSave(page, `新能源${suffix}-1班`);
  await expect(row(page, `新能源${suffix}-1班`)).toBeVisible();

  await row(page, '汽车专业群团支部').click();
  await sheetItem(page, '删除').click();
  await modalButton(page, '删除').click();
  await expect(page.getByText('该组织下还有下级组织，不能删除')).toBeVisible();
  await modalButton(page, '知道了').click();

  await row(page, `新能源${suffix}-1班`).click();
  await sheetItem(page, '删除').click();
  await modalButton(page, '删除').click();
  await expect(page.locator('.org-unit-row').filter({ hasText: `新能源${suffix}-1班` })).toHaveCount(0);
});
