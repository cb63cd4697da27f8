import { expect, test } from '@playwright/test';

test('offline, a tab whose page was never fetched says why instead of doing nothing, and every tab icon still shows', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.locator('.sign-in-page__persona--student').click();
  const tabbar = page.locator('.taro-tabbar__tabbar');
  await expect(tabbar).toBeVisible();

  await context.setOffline(true);
  await tabbar.getByText('问答', { exact: true }).click();
  await expect(page.getByText('网络已断开，联网后再打开这个页面')).toBeVisible();
  // The icons ship inside the bundle: none of the ten needs the network.
  const icons = tabbar.locator('img');
  await expect(icons).toHaveCount(5);
  for (const icon of await icons.all()) {
    expect(await icon.evaluate((img: HTMLImageElement) => img.src.startsWith('data:image/png') && img.naturalWidth > 0)).toBe(true);
  }
  await page.screenshot({ path: 'reports/pages/offline-tab-student.png' });
  await context.setOffline(false);
});
