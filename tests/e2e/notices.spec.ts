import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 9 end to end on the built H5 app and function bundles: 陈老师 (admin) publishes a notice to
 * 汽车专业群团支部 with confirm mode; 张同学 (汽修2301班, inside that branch) sees the badge on 首页,
 * opens the notice and confirms; 李老师 (college staff, outside it) never sees it; 陈老师's receipts
 * page counts one confirmation.
 */

type Persona = 'admin' | 'student' | 'teacher';

test.describe.configure({ timeout: 90_000 });

const marker = (process.env.STARFIRE_E2E_DATA ?? '').slice(-6) || 'local';
const title = `关于开展春季义务维修活动的通知 ${marker}`;

async function signInAs(page: Page, persona: Persona, name: string) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
}

async function openHome(page: Page) {
  await page.locator('.taro-tabbar__tabbar').getByText('首页', { exact: true }).click();
  await expect(page.locator('.home-notices')).toBeVisible();
}

/** Taro H5 keeps earlier pages in the DOM (hidden): rows of the page in front only. */
const feedRow = (page: Page) => page.locator('.notice-row:visible').filter({ hasText: title });

test('陈老师 publishes to 汽车专业群团支部 with confirm; 张同学 sees the badge and confirms; 李老师 does not see it; 1 confirmed', async ({
  page,
}) => {
  await signInAs(page, 'admin', '陈老师');
  await page.locator('.me-page__admin').click();
  await page.locator('.admin-home__entry--notice-compose').click();

  const compose = page.locator('.notice-compose');
  await compose.locator('.notice-compose__title input').fill(title);
  await compose.locator('.notice-compose__paragraph textarea').first().fill('本周六上午九点在实训楼前开展义务维修，请各班团员准时参加。');
  await compose.locator('.notice-compose__bold').first().click();
  await compose.locator('.notice-compose__add-paragraph').click();
  await compose.locator('.notice-compose__paragraph textarea').nth(1).fill('请阅读后点击“我已确认”。');
  await compose.locator('.audience-kind--orgUnits').click();
  await compose.locator('.audience-unit--ou-branch-auto').click();
  await compose.locator('.confirm-mode--confirm').click();

  // The preview is the detail renderer.
  await compose.locator('.notice-compose__preview').click();
  await expect(page.locator('.notice-compose .notice-view__title')).toHaveText(title);
  await expect(page.locator('.notice-compose .notice-body__run--bold')).toContainText('义务维修');
  await page.locator('.notice-compose__edit').click();

  await page.locator('.notice-compose__publish').click();
  await expect(page.locator('.notice-receipts .notice-card__title')).toHaveText(title);
  await expect(page.locator('.notice-receipts .receipt-counts__cell--confirmed .receipt-counts__value')).toHaveText('0');

  // 张同学: badge on the 首页 card and tab, then open and confirm.
  await signInAs(page, 'student', '张同学');
  await openHome(page);
  await expect(page.locator('.home-notices__badge')).toHaveText('1');
  await expect(page.locator('.taro-tabbar__tabbar .weui-badge').first()).toHaveText('1');
  await page.locator('.home-notices').click();
  await expect(feedRow(page)).toBeVisible();
  await expect(feedRow(page).locator('.notice-row__dot')).toHaveCount(1);
  await feedRow(page).click();
  await expect(page.locator('.notice-detail .notice-view__title')).toHaveText(title);
  await expect(page.locator('.notice-detail .notice-body__run--bold')).toContainText('义务维修');
  await page.locator('.notice-confirm__submit').click();
  await expect(page.locator('.notice-confirmed')).toContainText('已确认');

  // 李老师 is outside the branch: no badge, no row.
  await signInAs(page, 'teacher', '李老师');
  await openHome(page);
  await expect(page.locator('.home-notices__hint')).toHaveText('学院团委发给你的通知');
  await expect(page.locator('.home-notices__badge')).toHaveCount(0);
  await page.locator('.home-notices').click();
  await expect(page.locator('.notices-page:visible .empty-state')).toBeVisible();
  await expect(feedRow(page)).toHaveCount(0);

  // 陈老师: 1 confirmed on the receipts page, and 张同学 in the read list.
  await signInAs(page, 'admin', '陈老师');
  await page.locator('.me-page__admin').click();
  await page.locator('.admin-home__entry--notices-mine').click();
  await page.locator('.my-notice:visible').filter({ hasText: title }).click();
  await expect(page.locator('.notice-receipts .receipt-counts__cell--confirmed .receipt-counts__value')).toHaveText('1');
  await expect(page.locator('.notice-receipts .receipt-member').filter({ hasText: '张同学' })).toContainText('已确认');

  // 提醒未读 says how many it will reach and asks first; 取消 sends nothing, 发送提醒 does.
  const unread = (
    (await page.locator('.notice-receipts .receipt-counts__cell--not-yet .receipt-counts__value').textContent()) ?? ''
  ).trim();
  expect(Number(unread)).toBeGreaterThan(0);
  await page.locator('.notice-receipts__remind').click();
  const modalButton = (label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });
  await expect(page.getByText(`提醒 ${unread} 位未读成员？`)).toBeVisible();
  await modalButton('取消').click();
  await expect(page.getByText('上次提醒', { exact: false })).toHaveCount(0);
  await page.locator('.notice-receipts__remind').click();
  await modalButton('发送提醒').click();
  await expect(page.locator('.fanout-job').filter({ hasText: '未读提醒' })).toBeVisible();
  await expect(page.locator('.notice-receipts').getByText('上次提醒', { exact: false })).toBeVisible();

  // A scheduled notice with a list block: 定时 in 我发布的, nobody notified yet.
  const scheduledTitle = `团员教育评议安排 ${marker}`;
  await page.goto('/#/packages/notices/compose/index');
  const next = page.locator('.notice-compose:visible');
  await next.locator('.notice-compose__title input').fill(scheduledTitle);
  await next.locator('.notice-compose__paragraph textarea').first().fill('请各团支部按以下安排完成评议：');
  await next.locator('.notice-compose__add-list').click();
  await next.locator('.notice-compose__list textarea').fill('提交个人总结\n支部大会评议\n结果公示');
  await next.locator('.notice-compose__preview').click();
  await expect(page.locator('.notice-compose:visible .notice-body__item')).toHaveCount(3);
  await page.locator('.notice-compose__edit').click();
  await next.locator('.publish-time--later').click();
  await expect(next.locator('.notice-schedule__time')).toHaveText('09:00');
  await expect(next.locator('.notice-compose__publish')).toHaveText('定时发布');
  await next.locator('.notice-compose__publish').click();
  await expect(page.locator('.my-notice:visible').filter({ hasText: scheduledTitle }).locator('.my-notice__status--scheduled')).toHaveText(
    '定时发布',
  );
});
