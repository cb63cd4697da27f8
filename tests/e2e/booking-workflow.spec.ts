import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 6 end to end on the built H5 app and function bundles: 王队长 publishes a 洗车 slot (the
 * seed has services but no slots), 李老师 books it with a plate number, 王队长 assigns 张同学,
 * 张同学 starts and closes the job, 王队长 confirms the record, 李老师 rates it.
 */

// Five identities in turn through a dozen pages; 30 s is tight on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

// Campus time is shown whatever the phone's zone: a browser in New York still reads 09:00.
test.use({ timezoneId: 'America/New_York' });

type Persona = 'teacher' | 'student' | 'leader';

const names: Record<Persona, string> = { teacher: '李老师', student: '张同学', leader: '王队长' };

async function signInAs(page: Page, persona: Persona) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(names[persona]);
}

/** From 我的, open the one booking of this run in a list page. */
async function openBooking(page: Page, entry: string) {
  await page.locator(entry).click();
  await page.locator('.booking-card').filter({ hasText: '洗车' }).first().click();
  await expect(page.locator('.booking-summary')).toBeVisible();
}

const status = (page: Page) => page.locator('.booking-summary .booking-status');

test('a car-care booking from slot to rating across teacher, leader and volunteer', async ({ page }) => {
  // 王队长 publishes tomorrow 09:00–10:00 (the form's defaults), 3 seats.
  await signInAs(page, 'leader');
  await page.locator('.me-page__schedule').click();
  await page.locator('.schedule-page__publish').click();
  await page.locator('.slot-form__service--svc-car-wash').click();
  await page.locator('.slot-form__submit').click();
  await expect(page.locator('.schedule-page__publish')).toBeVisible();

  // 李老师 books it; a bad plate is caught before any call.
  await signInAs(page, 'teacher');
  await page.goto('/#/pages/services/index');
  await page.locator('.services-page__service--svc-car-wash').click();
  await expect(page.locator('.service-page')).toContainText('车钥匙');
  const slot = page.locator('.slot-list__slot--0900');
  await expect(slot).toContainText('余 3 位');
  await slot.click();
  await page.locator('.booking-form__plate input').fill('桂12345');
  await page.locator('.booking-form__model input').fill('大众朗逸');
  await page.locator('.booking-form__colour input').fill('白色');
  await page.locator('.booking-form__submit').click();
  await expect(page.locator('.bookings-page__error')).toHaveText('车牌号格式不正确，例如 桂A12345');
  await page.locator('.booking-form__plate input').fill('桂a 12345');
  await page.locator('.booking-form__submit').click();
  const mine = page.locator('.my-bookings .booking-card');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('洗车');
  await expect(mine).toContainText('09:00–10:00');
  await expect(mine.locator('.booking-status')).toHaveText('待确认');

  // 王队长 assigns 张同学.
  await signInAs(page, 'leader');
  await openBooking(page, '.me-page__schedule');
  await expect(page.locator('.booking-summary')).toContainText('桂A12345');
  await page.locator('.assign-picker__volunteer--dev-student').click();
  await page.locator('.assign-picker__submit').click();
  await expect(status(page)).toHaveText('已确认');
  await expect(page.locator('.booking-summary__volunteer')).toHaveText('志愿者：张同学');

  // 张同学 starts and closes the job with a service record.
  await signInAs(page, 'student');
  await openBooking(page, '.me-page__jobs');
  await page.locator('.booking-actions__start').click();
  await expect(status(page)).toHaveText('服务中');
  await page.locator('.booking-actions__close').click();
  await page.locator('.record-form__summary textarea').fill('车身清洗、轮毂清洁，已补充玻璃水');
  await expect(page.locator('.record-form__minutes--dev-student input')).toHaveValue('60');
  await page.locator('.record-form__submit').click();
  await expect(status(page)).toHaveText('已完成');
  await expect(page.locator('.booking-record__verified')).toHaveText('待队长确认后计入志愿时长');

  // 王队长 confirms the record: the minutes become verified hours.
  await signInAs(page, 'leader');
  await openBooking(page, '.me-page__schedule');
  await page.locator('.booking-actions__confirm').click();
  await expect(page.locator('.booking-record__verified')).toContainText('队长已确认');

  // 李老师 rates it, once.
  await signInAs(page, 'teacher');
  await openBooking(page, '.me-page__bookings');
  await page.locator('.rating-form__star--5').click();
  await page.locator('.rating-form__comment textarea').fill('洗得很干净，谢谢同学们');
  await page.locator('.rating-form__submit').click();
  await expect(status(page)).toHaveText('已评价');
  await expect(page.locator('.booking-rating__score')).toHaveText('★★★★★');
  await expect(page.locator('.rating-form')).toHaveCount(0);
  await expect(page.locator('.booking-history__entry')).toHaveCount(5);
});
