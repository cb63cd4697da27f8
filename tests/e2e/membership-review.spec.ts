import { expect, test, type Page } from '@playwright/test';
import { openWithSession, sessionOf } from './fixtures/persona-api';

/**
 * Issue 4 end to end: a brand-new WeChat identity applies to bind a number, the League admin
 * (陈老师) reviews it in 团委管理, and the applicant sees the outcome on 我的. The host runs the
 * built function bundles (see playwright.config.ts).
 */

// Each test walks two identities through several pages; 30 s is tight on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

/** Unique per run: the number binding is unique, and the data dir lives across tests of one run. */
const randomNumber = (prefix: string) =>
  `${prefix}${Math.floor(Math.random() * 1e8)
    .toString()
    .padStart(8, '0')}`;

async function signInAsNewUser(page: Page) {
  await page.goto('/');
  await expect(page.locator('.sign-in-page')).toBeVisible();
  await page.locator('.sign-in-page__persona--new').click();
  await expect(page.locator('.membership-card__status')).toHaveText('未申请');
}

async function switchToAdmin(page: Page) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator('.sign-in-page__persona--admin').click();
  await expect(page.locator('.profile-card')).toContainText('陈老师');
  await page.locator('.me-page__admin').click();
  await page.locator('.admin-home__entry--applications').click();
}

/** Privacy notice first: the form's fields exist only after it is accepted. */
async function openFormAndAcceptPrivacy(page: Page) {
  await page.locator('.membership-card__apply').click();
  await expect(page.locator('.privacy-notice')).toContainText('隐私保护指引');
  await expect(page.locator('.membership-form__name')).toHaveCount(0);
  await page.locator('.privacy-notice__accept').click();
  await expect(page.locator('.privacy-notice')).toHaveCount(0);
}

async function pickOrgUnit(page: Page, names: string[]) {
  await page.locator('.org-unit-picker').click();
  for (const name of names) {
    await page.locator('.org-unit-picker__choice, .org-unit-picker__this').filter({ hasText: name }).first().click();
  }
}

async function submitAndExpectPending(page: Page) {
  await page.locator('.membership-form__submit').click();
  await expect(page.locator('.membership-page__result-status')).toHaveText('审核中');
  await page.locator('.membership-page__back').click();
  await expect(page.locator('.membership-card__status')).toHaveText('审核中');
}

test('a new user applies, 陈老师 approves in 成员审核, the user sees 学生 · 志愿者 and 已通过', async ({ page }) => {
  const memberNo = randomNumber('24');
  await signInAsNewUser(page);
  const applicantToken = await sessionOf(page);

  await openFormAndAcceptPrivacy(page);
  // Submitting empty shows the same rules the server applies, before any call.
  await page.locator('.membership-form__submit').click();
  await expect(page.locator('.membership-form .form-field__error').first()).toHaveText('请填写姓名');

  await page.locator('.membership-form__name input').fill('赵同学');
  await page.locator('.membership-form__kind-student').click();
  await page.locator('.membership-form__member-no input').fill(memberNo);
  await pickOrgUnit(page, ['汽车与信息工程学院', '汽车专业群团支部', '汽修2301班']);
  await expect(page.locator('.org-unit-picker')).toContainText('汽修2301班');
  await page.locator('.membership-form__team--team-car-care').click();
  await submitAndExpectPending(page);

  await switchToAdmin(page);
  const card = page.locator('.application-card').filter({ hasText: memberNo });
  await expect(card).toContainText('赵同学');
  await expect(card).toContainText('汽修2301班');
  await expect(card).toContainText('汽车维护服务队');
  await card.locator('.application-card__approve').click();
  await expect(card).toHaveCount(0);

  await openWithSession(page, applicantToken);
  await expect(page.locator('.membership-card__status')).toHaveText('已通过');
  const profile = page.locator('.profile-card');
  await expect(profile).toContainText('赵同学');
  await expect(profile.getByText('学生', { exact: true })).toBeVisible();
  await expect(profile.getByText('志愿者', { exact: true })).toBeVisible();

  // 解除绑定 is destructive: cancelling the confirmation changes nothing, confirming unbinds.
  const modalButton = (label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });
  await page.locator('.membership-card__unbind').click();
  await modalButton('取消').click();
  await expect(page.locator('.membership-card__status')).toHaveText('已通过');
  await page.locator('.membership-card__unbind').click();
  await modalButton('解除绑定').click();
  await expect(page.locator('.membership-card__status')).toHaveText('已解绑');
  await expect(profile.getByText('访客', { exact: true })).toBeVisible();
});

test('陈老师 rejects with a reason; the applicant sees 已驳回 and the reason', async ({ page }) => {
  const memberNo = randomNumber('T');
  const reason = '工号与人事系统记录不一致，请核对后重新提交';
  await signInAsNewUser(page);
  const applicantToken = await sessionOf(page);

  await openFormAndAcceptPrivacy(page);
  await page.locator('.membership-form__name input').fill('钱老师');
  await page.locator('.membership-form__kind-teacher').click();
  await page.locator('.membership-form__member-no input').fill(memberNo);
  // Teachers may belong to a unit that is not a class: the committee is a leaf of the college.
  await pickOrgUnit(page, ['汽车与信息工程学院', '汽车与信息工程学院团委']);
  await submitAndExpectPending(page);

  await switchToAdmin(page);
  const card = page.locator('.application-card').filter({ hasText: memberNo });
  await card.locator('.application-card__reject').click();
  const dialog = page.locator('.reason-dialog');
  // No reason, no rejection: the confirm button stays disabled until one is typed.
  await dialog.locator('textarea').fill(reason);
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(card).toHaveCount(0);

  await openWithSession(page, applicantToken);
  await expect(page.locator('.membership-card__status')).toHaveText('已驳回');
  await expect(page.locator('.membership-card__reason')).toHaveText(`驳回理由：${reason}`);
  await expect(page.locator('.membership-card__apply')).toHaveText('重新申请');
});

test('a member who is not an admin sees 无权限 in 团委管理', async ({ page }) => {
  await page.goto('/');
  await page.locator('.sign-in-page__persona--student').click();
  await expect(page.locator('.profile-card')).toContainText('张同学');
  await expect(page.locator('.me-page__admin')).toHaveCount(0);
  await page.goto('/#/packages/admin/applications/index');
  await expect(page.locator('.admin-gate__title')).toHaveText('无权限');
});
