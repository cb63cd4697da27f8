import { expect, test, type Locator, type Page } from '@playwright/test';
import { tinyPng } from './fixtures/tiny-png';

/**
 * Issue 8 end to end on the built H5 app and function bundles: 李老师 asks about tyre pressure
 * with a photo (uploaded, claimed as question-photo, drawn from its temporary URL for both), 张同学 (volunteer of 汽车维护服务队) answers, 李老师 sees the 志愿者 badge and accepts, the
 * feed shows 已解决, and search finds the question by a word from its text.
 */

type Persona = 'teacher' | 'student';

// Two identities and several pages; 30 s is tight on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

/**
 * Unique per run, so a search never matches an older question; derived from the run's data dir
 * (set once in playwright.config.ts), so a worker restarted after a failure uses the same one.
 */
const marker = (process.env.STARFIRE_E2E_DATA ?? '').slice(-6) || 'local';
const title = `冬天早上胎压灯亮了，要马上补气吗 ${marker}`;
const body = '车是日产轩逸，仪表盘胎压灯早上冷车时亮，开一会儿就灭。胎压计量出来前轮 2.1，后轮 2.2。';
const answerText = '冷车胎压低 0.1–0.2 属于正常，轩逸标准冷车 2.3–2.5，建议到加油站补到 2.4，补完在车机里重置胎压监测。';

async function signInAs(page: Page, persona: Persona, name: string) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
}

async function openFeed(page: Page) {
  await page.locator('.taro-tabbar__tabbar').getByText('问答', { exact: true }).click();
  await expect(page.locator('.qa-page')).toBeVisible();
}

/** Taro H5 keeps earlier pages in the DOM (hidden): look inside the page in front. */
const card = (page: Page, within = '.qa-page') => page.locator(`${within} .question-card`).filter({ hasText: title });
/** The image has really loaded (a broken or refused URL leaves naturalWidth at 0). */
async function expectLoaded(image: Locator) {
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(24);
}

const questionPhoto = (page: Page) => page.locator('.question-block .post-photos__photo:visible img');

const modalButton = (page: Page, label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });

test('李老师 asks about 胎压, 张同学 answers as 志愿者, 李老师 accepts, the feed shows 已解决', async ({ page }) => {
  await signInAs(page, 'teacher', '李老师');
  await openFeed(page);
  await page.locator('.qa-page__ask').click();

  // Publishing without a tag shows the server's rule before any call.
  await page.locator('.ask-form__title input').fill(title);
  await page.locator('.ask-form__body textarea').fill(body);
  await page.locator('.ask-form__submit').click();
  await expect(page.locator('.ask-form .form-field__error')).toHaveText('至少选择 1 个标签');

  // The photo is uploaded and claimed before publishing; the thumbnail comes from its temporary URL.
  const chooser = page.waitForEvent('filechooser');
  await page.locator('.ask-form .photo-picker__add').click();
  await (await chooser).setFiles({ name: 'tyre-light.png', mimeType: 'image/png', buffer: tinyPng() });
  await expectLoaded(page.locator('.ask-form .photo-picker__photo img'));
  await expect(page.locator('.ask-form .photo-picker__count')).toHaveText('1/6');

  await page.locator('.tag-picker__tag').filter({ hasText: '轮胎' }).click();
  await page.locator('.ask-form__submit').click();
  await expect(page.locator('.question-block__title')).toHaveText(title);
  await expect(page.locator('.question-block__body')).toHaveText(body);
  await expect(questionPhoto(page)).toHaveCount(1);
  await expectLoaded(questionPhoto(page));
  await expect(page.locator('.question-page__count')).toContainText('还没有回答');

  await signInAs(page, 'student', '张同学');
  await openFeed(page);
  await expect(card(page)).toContainText('待解答');
  await card(page).click();
  // Question photos are for every member: the student sees it through their own temporary URL.
  await expect(questionPhoto(page)).toHaveCount(1);
  await expectLoaded(questionPhoto(page));
  await page.locator('.answer-form__body textarea').fill(answerText);
  const answerChooser = page.waitForEvent('filechooser');
  await page.locator('.answer-form .photo-picker__add').click();
  await (await answerChooser).setFiles({ name: 'gauge.png', mimeType: 'image/png', buffer: tinyPng() });
  await expectLoaded(page.locator('.answer-form .photo-picker__photo img'));
  await page.locator('.answer-form__submit').click();
  const answer = page.locator('.answer-card').filter({ hasText: answerText });
  await expect(answer).toBeVisible();
  await expectLoaded(answer.locator('.post-photos__photo img'));
  // The form is empty again, and the photo now belongs to the answer.
  await expect(page.locator('.answer-form .photo-picker__photo')).toHaveCount(0);
  // Only the asker may accept.
  await expect(answer.locator('.answer-card__accept')).toHaveCount(0);

  await signInAs(page, 'teacher', '李老师');
  await openFeed(page);
  await expect(card(page)).toContainText('1 个回答');
  await card(page).click();
  await expect(answer.locator('.answer-card__author')).toHaveText('张同学');
  await expect(answer.locator('.answer-card__badge')).toHaveText('志愿者');
  await expectLoaded(answer.locator('.post-photos__photo img'));

  // Cancelling the confirmation changes nothing; confirming accepts.
  await answer.locator('.answer-card__accept').click();
  await modalButton(page, '取消').click();
  await expect(answer.locator('.answer-card__accepted')).toHaveCount(0);
  await answer.locator('.answer-card__accept').click();
  await modalButton(page, '采纳').click();
  await expect(answer.locator('.answer-card__accepted')).toHaveText('已采纳');
  await expect(page.locator('.question-block__solved')).toHaveText('已解决');

  await page.goBack();
  await expect(card(page).locator('.question-card__solved')).toHaveText('已解决');
});

test('search finds the question by a Chinese word from its text, and says so when nothing matches', async ({ page }) => {
  await signInAs(page, 'teacher', '李老师');
  await openFeed(page);
  await page.locator('.qa-page__search').click();
  await page.locator('.qa-search__input input').fill('仪表盘');
  await page.locator('.qa-search__submit').click();
  await expect(card(page, '.qa-search')).toBeVisible();

  await page.locator('.qa-search__input input').fill('变速箱异响');
  await page.locator('.qa-search__submit').click();
  await expect(page.locator('.qa-search .empty-state__title')).toContainText('没有找到');
});

test('陈老师 hides the question with a reason, finds it in 问答审核 and restores it', async ({ page }) => {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator('.sign-in-page__persona--admin').click();
  await expect(page.locator('.profile-card')).toContainText('陈老师');
  await openFeed(page);
  await card(page).click();

  await page.locator('.question-block .post__hide').click();
  const dialog = page.locator('.text-dialog');
  await dialog.locator('textarea').fill('测试隐藏：标题含个人车牌信息');
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(page.locator('.question-block .post__moderation')).toContainText('测试隐藏');

  await page.goto('/#/packages/admin/qa-review/index');
  const item = page.locator('.review-card').filter({ hasText: title });
  await expect(item).toContainText('管理员已隐藏');
  await item.locator('.review-card__restore').click();
  await dialog.locator('textarea').fill('核实无误，恢复显示');
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(item).toHaveCount(0);
});
