import { expect, test, type Page } from '@playwright/test';

// 问答标签 and 操作记录 as 陈老师: a tag added on the page is offered to askers at once, the change is in
// the audit trail with who and what, and removing it asks first.
test.describe.configure({ timeout: 60_000 });

const row = (page: Page, name: string) => page.locator('.qa-tag-row').filter({ hasText: name }).first();
const sheetItem = (page: Page, label: string) => page.locator('.taro-actionsheet__cell:visible').filter({ hasText: label });
const modalButton = (page: Page, label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });

async function signInAs(page: Page, persona: 'admin' | 'teacher') {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toBeVisible();
}

test('陈老师 adds a Q&A tag, askers see it, the audit trail records it, removing asks first', async ({ page }) => {
  const tag = `新能源${Math.floor(Math.random() * 1e3)}`;
  await signInAs(page, 'admin');
  await page.locator('.me-page__admin').click();
  await page.locator('.admin-home__entry--qa-tags').click();
  await page.locator('.qa-tags__add').click();
  const dialog = page.locator('.name-dialog');
  await dialog.locator('input').fill(tag);
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(row(page, tag)).toBeVisible();

  await signInAs(page, 'teacher');
  await page.goto('/#/packages/qa/ask/index');
  await expect(page.getByText(tag, { exact: true })).toBeVisible();

  await signInAs(page, 'admin');
  await page.goto('/#/packages/admin/audit/index');
  const entry = page.locator('.audit-entry').first();
  await expect(entry).toContainText('问答标签');
  await expect(entry).toContainText(`标签新增：${tag}`);
  await expect(entry).toContainText('陈老师');

  await page.goto('/#/packages/admin/qa-tags/index');
  await row(page, tag).click();
  await sheetItem(page, '删除').click();
  await modalButton(page, '取消').click();
  await expect(row(page, tag)).toBeVisible();
  await row(page, tag).click();
  await sheetItem(page, '删除').click();
  await modalButton(page, '删除').click();
  await expect(row(page, tag)).toHaveCount(0);
});
