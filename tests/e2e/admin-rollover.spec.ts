import { expect, test } from '@playwright/test';

// 学年换届 as 陈老师: the preview says what each class would become; cancelling the confirmation changes
// nothing. (Applying is proven in tests/functions/member-directory.test.ts: here it would graduate the
// seeded personas other flows use.)
test('陈老师 previews the roll-over and cancels: each class shows its next 年级 or graduation', async ({ page }) => {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator('.sign-in-page__persona--admin').click();
  await page.locator('.me-page__admin').click();
  await page.locator('.admin-home__entry--rollover').click();

  const move = (name: string) => page.locator('.rollover-move').filter({ hasText: name });
  await expect(move('汽修2301班')).toContainText('二年级 → 三年级');
  await expect(move('汽修2201班')).toContainText('毕业：三年级结束后归档');

  await page.locator('.rollover-apply').click();
  await expect(page.locator('.taro__modal')).toContainText('执行后不能撤销');
  await page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: '取消' }).click();
  await page.reload();
  await expect(move('汽修2301班')).toContainText('二年级 → 三年级');
});
