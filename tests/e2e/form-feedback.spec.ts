import { expect, test, type Page } from '@playwright/test';
import { callAs } from './fixtures/call-as';

/**
 * Issue 16, forms, on the built H5 app: on the long 发布活动 form (陈老师) and the booking form
 * (李老师) an empty submit shows each error beside its field with the first one scrolled into view
 * and no toast repeating them; fixing a field clears its error; a valid submit says so on the page
 * it lands on; the date picker starts today, not in 1970. Shots at 390×844 under reports/.
 */

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 390, height: 844 }, timezoneId: 'America/New_York' });

type Persona = 'admin' | 'teacher' | 'leader';
const names: Record<Persona, string> = { admin: '陈老师', teacher: '李老师', leader: '王队长' };
const marker = (process.env.STARFIRE_E2E_DATA ?? '').slice(-6) || 'local';

async function signInAs(page: Page, persona: Persona) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(names[persona]);
}

/** The toast's text lines that are on screen (Taro H5 keeps one hidden toast element around). */
const shownToasts = (page: Page) => page.locator('.taro__toast p:visible');

/** The row's top and bottom against the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

test('发布活动: errors beside their rows, the first scrolled to, cleared once fixed; 已发布 on the console', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/#/packages/activity-admin/edit/index');
  const submit = page.locator('.activity-form__submit');
  await submit.scrollIntoViewIfNeeded();
  expect(await inViewport(page, '#form-field-title')).toBe(false);
  await submit.click();

  const errors = page.locator('.form-field__error');
  await expect(page.locator('.activity-form__title .form-field__error')).toHaveText('活动名称至少 2 个字');
  await expect(page.locator('.activity-form__place .form-field__error')).toHaveText('请填写活动地点');
  await expect(page.locator('#form-field-start .form-field__error')).toHaveText('请选择活动日期');
  // The first error, far above the button, is brought into view.
  await expect.poll(() => inViewport(page, '#form-field-title')).toBe(true);
  await expect(shownToasts(page)).toHaveCount(0);
  await expect(page.locator('.activity-form__title .form-field__required')).toHaveAttribute('aria-label', '必填');
  await page.screenshot({ path: 'reports/form-activity-empty-admin.png' });

  // A fixed row loses its error; the others stay until fixed.
  const errorsBefore = await errors.count();
  await page.locator('.activity-form__title input').fill(`表单检查活动 ${marker}`);
  await expect(page.locator('.activity-form__title .form-field__error')).toHaveCount(0);
  await expect(errors).toHaveCount(errorsBefore - 1);
  await page.locator('.activity-form__place input').fill('学校东门广场');
  await expect(page.locator('.activity-form__place .form-field__error')).toHaveCount(0);

  // The start picker offers today onwards, not 1970.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await page.locator('.activity-form__start .day-clock__day').click();
  const years = page.locator('.weui-picker__group:visible').first().locator('.weui-picker__item');
  await expect(years.first()).toHaveText(`${today.slice(0, 4)}年`);
  await expect(page.locator('.weui-picker__item:visible', { hasText: '1970年' })).toHaveCount(0);
  await page.screenshot({ path: 'reports/form-activity-date-picker-admin.png' });
  await page.locator('.weui-picker__action:visible', { hasText: '取消' }).click();

  await page.locator('.activity-form__start-now').click();
  await expect(page.locator('#form-field-start .form-field__error')).toHaveCount(0);
  await submit.click();
  await expect(page.locator('.console-header__title')).toHaveText(`表单检查活动 ${marker}`, { timeout: 20_000 });
  await expect(shownToasts(page).filter({ hasText: '已发布' })).toBeVisible();
  await page.screenshot({ path: 'reports/form-activity-published-admin.png' });
});

test('预约: an empty form shows inline errors only, a fixed plate loses its error, 预约成功 on 我的预约', async ({ page }) => {
  // 王队长 publishes tomorrow 09:00–10:00 for 电瓶检测 (the form's defaults): a slot of this spec's own.
  await signInAs(page, 'leader');
  await page.locator('.me-page__schedule').click();
  await page.locator('.schedule-page__publish').click();
  await page.locator('.slot-form__service--svc-car-battery').click();
  await page.locator('.slot-form__submit').click();
  await expect(page.locator('.schedule-page__publish')).toBeVisible();
  await expect(shownToasts(page).filter({ hasText: '时段' })).toBeVisible();

  await signInAs(page, 'teacher');
  await page.goto('/#/pages/services/index');
  await page.locator('.services-page__service--svc-car-battery').click();
  await page.locator('.slot-list__slot--0900').click();
  const slotId = new URL(page.url().replace('/#/', '/')).searchParams.get('slotId') ?? '';
  expect(slotId).toContain('svc-car-battery');
  await expect(page.locator('.booking-form__plate .form-field__required')).toHaveAttribute('aria-label', '必填');
  await page.locator('.booking-form__submit').click();
  await expect(page.locator('.booking-form__plate .form-field__error')).toHaveText('车牌号格式不正确，例如 桂A12345');
  await expect(page.locator('.booking-form__model .form-field__error')).toHaveText('请填写车型');
  await expect(page.locator('.booking-form__colour .form-field__error')).toHaveText('请填写颜色');
  await expect.poll(() => inViewport(page, '#form-field-plate')).toBe(true);
  // One channel: the errors are beside the fields, no toast repeats them.
  await expect(shownToasts(page)).toHaveCount(0);
  await page.screenshot({ path: 'reports/form-booking-empty-teacher.png' });

  await page.locator('.booking-form__plate input').fill('桂A6');
  await expect(page.locator('.booking-form__plate .form-field__error')).toHaveCount(1);
  await page.locator('.booking-form__plate input').fill('桂A67890');
  await expect(page.locator('.booking-form__plate .form-field__error')).toHaveCount(0);
  await expect(page.locator('.booking-form__model .form-field__error')).toHaveCount(1);
  await page.locator('.booking-form__model input').fill('五菱宏光');
  await page.locator('.booking-form__colour input').fill('白色');
  await expect(page.locator('.booking-form .form-field__error')).toHaveCount(0);
  await page.locator('.booking-form__submit').click();

  await expect(page.locator('.my-bookings .booking-card').filter({ hasText: '电瓶' }).first()).toBeVisible();
  await expect(shownToasts(page).filter({ hasText: '预约成功' })).toBeVisible();
  await page.screenshot({ path: 'reports/form-booking-done-teacher.png' });

  // Leave no open job behind: other specs read 王队长's 待指派 list.
  const mine = await callAs(page, 'bookings', { action: 'mine', limit: 50 });
  const booking = (mine.data.items as { slotId: string; bookingId: string }[]).find((entry) => entry.slotId === slotId);
  expect((await callAs(page, 'bookings', { action: 'cancel', bookingId: booking?.bookingId })).ok).toBe(true);
});

const modalButton = (page: Page, label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });

test('成员详情 志愿者编号: a wrong number is told beside its row and cleared once fixed; 已保存', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/#/packages/admin/member/index?openid=dev-student');
  const card = page.locator('.member-identity:visible');
  await card.locator('.member-identity__edit').click();
  const row = card.locator('.member-identity__field--volunteer-no');
  // Whatever another spec saved stays: the form is saved back unchanged.
  const saved = await row.locator('input').inputValue();
  await row.locator('input').fill('编号');
  await card.locator('.member-identity__save').click();
  await expect(row.locator('.form-field__error')).toHaveText('志愿者编号应为 4–32 位字母、数字或连字符');
  await expect(shownToasts(page)).toHaveCount(0);
  await page.screenshot({ path: 'reports/forms/member-identity-error-admin.png' });
  await row.locator('input').fill(saved);
  await expect(row.locator('.form-field__error')).toHaveCount(0);
  await card.locator('.member-identity__save').click();
  await expect(shownToasts(page).filter({ hasText: '已保存' })).toBeVisible();
  await expect(card.locator('.member-identity__edit')).toBeVisible();
});

test('荣誉设置: a level not above the one before is told beside it, cleared once fixed; 已保存', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/#/packages/honours/settings/index');
  const second = page.locator('.honour-settings__threshold--2');
  const first = await page.locator('.honour-settings__threshold--1 input').inputValue();
  const saved = await second.locator('input').inputValue();
  await expect(second.locator('.form-field__required')).toHaveAttribute('aria-label', '必填');
  await second.locator('input').fill(first);
  await page.locator('.honour-settings__days input').fill('0');
  await page.locator('.honour-settings__save').click();
  await expect(second.locator('.form-field__error')).toHaveText(`应大于一星的 ${first} 小时（逐级递增）`);
  await expect(page.locator('.honour-settings__days .form-field__error')).toHaveText('公示期请填写 1–30 个工作日');
  await expect.poll(() => inViewport(page, '#form-field-threshold-2')).toBe(true);
  await expect(shownToasts(page)).toHaveCount(0);
  await page.screenshot({ path: 'reports/forms/honour-settings-error-admin.png' });

  // Settings other specs rely on go back as they were.
  await second.locator('input').fill(saved);
  await expect(second.locator('.form-field__error')).toHaveCount(0);
  await expect(page.locator('.honour-settings__days .form-field__error')).toHaveCount(1);
  await page.reload();
  await page.locator('.honour-settings__save').click();
  await expect(shownToasts(page).filter({ hasText: '已保存' })).toBeVisible();
  await expect(page.locator('.honour-settings .form-field__error')).toHaveCount(0);
});

test('活动改期: no new time and no reason are told beside their rows, cleared once fixed; 已改期', async ({ page }) => {
  await signInAs(page, 'admin');
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const created = await callAs(page, 'activities', {
    action: 'create',
    title: `改期表单活动 ${marker}`,
    place: '学校东门广场',
    startAt: at(5 * 60),
    endAt: at(7 * 60),
    signUpOpensAt: at(-60),
    signUpClosesAt: at(4 * 60),
    capacity: 20,
  });
  expect(created.ok).toBe(true);
  await page.goto(`/#/packages/activity-admin/console/index?activityId=${created.data.activity.activityId as string}`);
  await page.locator('.lifecycle__postpone:visible').click();
  const form = page.locator('.postpone-form:visible');
  await expect(form.locator('#form-field-reason .form-field__required')).toHaveAttribute('aria-label', '必填');
  await form.locator('.postpone-form__submit').click();
  await expect(form.locator('#form-field-start .form-field__error')).toHaveText('请选择新的时间');
  await expect(form.locator('.postpone-form__reason .form-field__error')).toHaveText('请填写改期原因（至少 2 个字）');
  await expect(shownToasts(page)).toHaveCount(0);
  await page.screenshot({ path: 'reports/forms/postpone-error-admin.png' });

  await form.locator('.postpone-form__shift--hour').click();
  await expect(form.locator('#form-field-start .form-field__error')).toHaveCount(0);
  await expect(form.locator('.postpone-form__reason .form-field__error')).toHaveCount(1);
  await form.locator('.postpone-form__reason textarea').fill('场地临时检修');
  await expect(form.locator('.form-field__error')).toHaveCount(0);
  await form.locator('.postpone-form__submit').click();
  await modalButton(page, '确认改期').click();
  await expect(shownToasts(page).filter({ hasText: '已改期' })).toBeVisible();
});

const sheetItem = (page: Page, label: string) => page.locator('.taro-actionsheet__cell:visible').filter({ hasText: label });

test('名称对话框: an empty or taken name is refused beside the field and cleared once changed', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/#/packages/admin/qa-tags/index');
  const taken = (await page.locator('.qa-tag-row .nut-cell-title').first().innerText()).trim();
  await page.locator('.qa-tags__add').click();
  const dialog = page.locator('.name-dialog');
  const field = dialog.locator('.name-dialog__field');
  await expect(field.locator('.form-field__required')).toHaveAttribute('aria-label', '必填');
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(field.locator('.form-field__error')).toHaveText('请填写标签');
  // Still wrong, so the shown error follows the name at once; a save repeats it, nothing is sent.
  await field.locator('input').fill(taken);
  await expect(field.locator('.form-field__error')).toHaveText(`已有标签「${taken}」，请换一个名称`);
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(field.locator('.form-field__error')).toHaveText(`已有标签「${taken}」，请换一个名称`);
  await expect(shownToasts(page)).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'reports/forms/name-dialog-taken-admin.png' });
  await field.locator('input').fill(`${taken.slice(0, 6)}新`);
  await expect(field.locator('.form-field__error')).toHaveCount(0);
  await dialog.locator('.nut-dialog-footer-cancel').click();
  await expect(dialog).toHaveCount(0);

  // 组织架构: a class named like its sibling is refused the same way, and the dialog stays open.
  await page.goto('/#/packages/admin/org-units/index');
  await page.locator('.org-unit-row').filter({ hasText: '汽车专业群团支部' }).first().click();
  await sheetItem(page, '添加班级').click();
  const unitField = page.locator('.name-dialog .name-dialog__field');
  await unitField.locator('input').fill('汽修2301班');
  await page.locator('.name-dialog .nut-dialog-footer-ok').click();
  await expect(unitField.locator('.form-field__error')).toHaveText('同一上级下已有「汽修2301班」，请换一个名称');
  await expect(shownToasts(page)).toHaveCount(0);
  await unitField.locator('input').fill('汽修2301班（新）');
  await expect(unitField.locator('.form-field__error')).toHaveCount(0);
  await page.locator('.name-dialog .nut-dialog-footer-cancel').click();
  await expect(page.locator('.name-dialog')).toHaveCount(0);
});

test('绑定学号/工号: required marks, errors beside their rows, each cleared once fixed, no toast', async ({ page }) => {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator('.sign-in-page__persona--new').click();
  await expect(page.locator('.membership-card__status')).toHaveText('未申请');
  await page.locator('.membership-card__apply').click();
  await page.locator('.privacy-notice__accept').click();
  const form = page.locator('.membership-form');
  for (const row of ['name', 'kind', 'member-no']) {
    await expect(form.locator(`.membership-form__${row} .form-field__required`)).toHaveAttribute('aria-label', '必填');
  }
  await expect(form.locator('.org-unit-picker .form-field__required')).toHaveAttribute('aria-label', '必填');
  await expect(form.locator('.membership-form__phone .form-field__required')).toHaveCount(0);

  await form.locator('.membership-form__submit').click();
  await expect(form.locator('.membership-form__name .form-field__error')).toHaveText('请填写姓名');
  await expect(form.locator('.membership-form__kind .form-field__error')).toHaveText('请选择身份');
  await expect(form.locator('.membership-form__member-no .form-field__error')).toHaveText('学号/工号应为 6–20 位字母或数字');
  await expect(form.locator('.org-unit-picker .form-field__error')).toHaveText('请选择所在组织');
  await expect(shownToasts(page)).toHaveCount(0);
  await page.screenshot({ path: 'reports/forms/membership-empty-student.png' });

  await form.locator('.membership-form__name input').fill('表单同学');
  await expect(form.locator('.membership-form__name .form-field__error')).toHaveCount(0);
  await expect(form.locator('.form-field__error')).toHaveCount(3);
  await form.locator('.membership-form__kind-student').click();
  await expect(form.locator('.membership-form__kind .form-field__error')).toHaveCount(0);
  await form.locator('.membership-form__member-no input').fill('24abc');
  await expect(form.locator('.membership-form__member-no .form-field__error')).toHaveCount(1);
  await form.locator('.membership-form__member-no input').fill('24abc123');
  await expect(form.locator('.membership-form__member-no .form-field__error')).toHaveCount(0);
  // A student must pick a class: the committee is refused beside the row until a class is picked.
  await form.locator('.org-unit-picker').click();
  for (const name of ['汽车与信息工程学院', '汽车专业群团支部', '汽修2301班']) {
    await page.locator('.org-unit-picker__choice').filter({ hasText: name }).first().click();
  }
  await expect(form.locator('.org-unit-picker')).toContainText('汽修2301班');
  await expect(form.locator('.form-field__error')).toHaveCount(0);
  await page.screenshot({ path: 'reports/forms/membership-fixed-student.png' });
});

test('志愿平台导出: a short layout name and an empty column name are told beside their rows, cleared once fixed', async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/#/packages/admin/platform-export/index');
  await page.locator('.platform-export__preset--0').click();
  await page.locator('.platform-export__name input').fill('志');
  await page.locator('.platform-export__column--0 .platform-export__header input').fill('');
  await page.locator('.platform-export__save').click();
  await expect(page.locator('.platform-export__name .form-field__error')).toHaveText('版式名称至少 2 个字');
  await expect(page.locator('.platform-export__column--0 .platform-export__header .form-field__error')).toHaveText('请填写列名');
  await expect(page.locator('.platform-export__name .form-field__required')).toHaveAttribute('aria-label', '必填');
  await expect(shownToasts(page)).toHaveCount(0);
  await page.screenshot({ path: 'reports/forms/platform-export-error-admin.png' });
  await page.locator('.platform-export__name input').fill('志愿汇（检查）');
  await expect(page.locator('.platform-export__name .form-field__error')).toHaveCount(0);
  await expect(page.locator('.platform-export .form-field__error')).toHaveCount(1);
  await page.locator('.platform-export__column--0 .platform-export__header input').fill('姓名');
  await expect(page.locator('.platform-export .form-field__error')).toHaveCount(0);
});
