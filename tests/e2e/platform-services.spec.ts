import { expect, test, type Page } from '@playwright/test';
import { tinyPng } from './fixtures/tiny-png';
import { openWithSession, sessionOf } from './fixtures/persona-api';

/**
 * Issue 5 end to end on the H5 build: a photo goes through the host's upload route, files.claim
 * and a temporary URL into the page; the message center shows a review notification with its
 * badges, and reading it clears them.
 */

test.describe.configure({ timeout: 60_000 });

async function signInAs(page: Page, persona: 'student' | 'teacher' | 'admin' | 'new') {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toBeVisible();
}

const meTabBadge = (page: Page) => page.locator('.weui-tabbar__item').filter({ hasText: '我的' }).locator('.taro-tabbar-badge');

async function choosePhoto(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.photo-picker__add').click();
  await (await chooser).setFiles(file);
}

test('a photo uploaded from H5 shows from its temporary URL; an SVG is refused by content; removing asks first', async ({ page }) => {
  // The Q&A ask form is one of the real forms that attach photos.
  await signInAs(page, 'teacher');
  await page.goto('/#/packages/qa/ask/index');
  await expect(page.locator('.photo-picker__add')).toBeVisible();

  await choosePhoto(page, { name: 'car.png', mimeType: 'image/png', buffer: tinyPng() });
  const thumbnail = page.locator('.photo-picker__photo img');
  await expect(thumbnail).toHaveAttribute('src', /\/_storage\/download\/uploads\//);
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(24);

  // A picture the browser draws but no accepted format: the server reads the bytes, refuses and deletes it.
  // (A non-image named .jpg never gets this far on H5: Taro's picker drops files the browser cannot decode.)
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="red"/></svg>';
  await choosePhoto(page, { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  await expect(page.locator('.photo-picker__error')).toContainText('只能上传图片');
  await expect(page.locator('.photo-picker__photo')).toHaveCount(1);

  const modalButton = (label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });
  await page.locator('.photo-picker__remove').click();
  await modalButton('取消').click();
  await expect(page.locator('.photo-picker__photo')).toHaveCount(1);
  await page.locator('.photo-picker__remove').click();
  await modalButton('删除').click();
  await expect(page.locator('.photo-picker__photo')).toHaveCount(0);
});

test('an approved applicant sees 入会申请已通过 with badges on 我的; reading it clears them', async ({ page }) => {
  await signInAs(page, 'new');
  const applicantToken = await sessionOf(page);
  await expect(page.locator('.me-page__messages')).toBeVisible();
  await expect(page.locator('.me-page__unread')).toHaveCount(0);

  await page.locator('.membership-card__apply').click();
  await page.locator('.privacy-notice__accept').click();
  await page.locator('.membership-form__name input').fill('孙同学');
  await page.locator('.membership-form__kind-student').click();
  const memberNo = `25${Math.floor(Math.random() * 1e8)
    .toString()
    .padStart(8, '0')}`;
  await page.locator('.membership-form__member-no input').fill(memberNo);
  await page.locator('.org-unit-picker').click();
  for (const name of ['汽车与信息工程学院', '汽车专业群团支部', '汽修2301班']) {
    await page.locator('.org-unit-picker__choice, .org-unit-picker__this').filter({ hasText: name }).first().click();
  }
  await page.locator('.membership-form__submit').click();
  await expect(page.locator('.membership-page__result-status')).toHaveText('审核中');

  await signInAs(page, 'admin');
  await page.goto('/#/packages/admin/applications/index');
  const card = page.locator('.application-card').filter({ hasText: memberNo });
  await card.locator('.application-card__approve').click();
  await expect(card).toHaveCount(0);

  await openWithSession(page, applicantToken);
  await expect(page.locator('.membership-card__status')).toHaveText('已通过');
  await expect(page.locator('.me-page__unread')).toHaveText('1');
  await expect(meTabBadge(page)).toHaveText('1');

  await page.locator('.me-page__messages').click();
  const message = page.locator('.message-row').filter({ hasText: '入会申请已通过' });
  await expect(message).toHaveClass(/message-row--unread/);
  await expect(message.locator('.message-row__dot')).toBeVisible();
  // The review message opens 我的, which re-reads the count on show.
  await message.click();
  await expect(page.locator('.membership-card__status')).toHaveText('已通过');
  await expect(page.locator('.me-page__unread')).toHaveCount(0);
  await expect(meTabBadge(page)).toHaveCount(0);

  await page.locator('.me-page__messages').click();
  // The H5 router may still hold the first 消息 page while the newly opened one (the last page) shows.
  const reopened = page.locator('.taro_page').last();
  await expect(reopened.locator('.message-row--read').filter({ hasText: '入会申请已通过' })).toBeVisible();
  await expect(reopened.locator('.message-row__dot')).toHaveCount(0);
});

test('陈老师 sees the seeded welcome message and 全部已读 clears every dot', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.locator('.me-page__messages').click();
  await expect(page.locator('.message-row').filter({ hasText: '欢迎使用星火志愿' })).toBeVisible();
  await page.locator('.messages-page__mark-all').click();
  await expect(page.locator('.message-row__dot')).toHaveCount(0);
  await expect(page.locator('.messages-page__summary')).toHaveText('全部已读');
  await expect(meTabBadge(page)).toHaveCount(0);
});
