import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { callAs } from './fixtures/call-as';
import { settledOn } from './fixtures/settled';

/**
 * Issue 15 (activity lifecycle) end to end on the built H5 app, two phones at once: 陈老师
 * postpones an activity 张同学 signed up for; 张同学 reads it in 消息, sees 已改期 with the new
 * time on the activity and withdraws (退出报名). 陈老师 cancels a running one with a reason; the
 * code his console showed a moment before is refused with that reason, and he writes to the
 * activity's participants (a notice audience of its own), which 张同学 finds in 通知.
 */

test.describe.configure({ timeout: 180_000 });

const TIMEZONE = 'America/New_York';
test.use({ timezoneId: TIMEZONE });

const marker = (process.env.STARFIRE_E2E_DATA ?? '').slice(-6) || 'local';
const movedTitle = `改期演示活动 ${marker}`;
const cancelledTitle = `取消演示活动 ${marker}`;

const modalButton = (page: Page, label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });

async function signInAs(page: Page, persona: 'admin' | 'student', name: string) {
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toContainText(name);
}

async function organiserPhone(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ ...devices['iPhone 12'], baseURL, timezoneId: TIMEZONE });
  return { context, page: await context.newPage() };
}

const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function createActivity(page: Page, title: string, startInMinutes: number) {
  const reply = await callAs(page, 'activities', {
    action: 'create',
    title,
    place: '学校东门广场',
    startAt: at(startInMinutes),
    endAt: at(startInMinutes + 120),
    signUpOpensAt: at(-60),
    signUpClosesAt: at(startInMinutes + 60),
    capacity: 20,
  });
  expect(reply.ok).toBe(true);
  return reply.data.activity.activityId as string;
}

async function signUpOnDetail(page: Page, activityId: string) {
  await page.goto(`/#/packages/activities/detail/index?activityId=${activityId}`);
  await page.locator('.activity-actions__sign-up:visible').click();
  await expect(page.locator('.activity-detail .activity-tag:visible').first()).toContainText('已报名');
}

test('陈老师 postpones, 张同学 hears it in 消息 and withdraws; 陈老师 cancels another and its code is refused with the reason', async ({
  page: student,
  browser,
  baseURL,
}) => {
  const organiser = await organiserPhone(browser, baseURL);
  const admin = organiser.page;
  await signInAs(admin, 'admin', '陈老师');
  const movedId = await createActivity(admin, movedTitle, 3 * 60);
  const cancelledId = await createActivity(admin, cancelledTitle, -5);

  await signInAs(student, 'student', '张同学');
  await signUpOnDetail(student, movedId);

  // 陈老师: console → 改期 → 推迟 1 天, with a reason, confirmed.
  await admin.goto(`/#/packages/activity-admin/console/index?activityId=${movedId}`);
  await admin.locator('.lifecycle__postpone:visible').click();
  const form = admin.locator('.postpone-form:visible');
  await form.locator('.postpone-form__submit').click();
  await expect(form.locator('#form-field-start .form-field__error')).toHaveText('请选择新的时间');
  await form.locator('.postpone-form__shift--day').click();
  await expect(form.locator('#form-field-start .form-field__error')).toHaveCount(0);
  await expect(form.locator('.postpone-form__reason .form-field__error')).toHaveText('请填写改期原因（至少 2 个字）');
  await form.locator('.postpone-form__reason textarea').fill('场地临时检修');
  await expect(form.locator('.postpone-form__reason .form-field__error')).toHaveCount(0);
  await form.locator('.postpone-form__submit').click();
  await expect(admin.getByText('已报名的 1 人保留名额', { exact: false })).toBeVisible();
  await modalButton(admin, '确认改期').click();
  await expect(admin.locator('.lifecycle--postponed:visible')).toContainText('场地临时检修');

  // 张同学: 首页's 我的活动 card shows the move (已改期, the reason), before she opens 消息.
  await student.goto('/#/pages/index/index');
  // The detail page she came from is gone and 首页 has loaded before anything is read or shot.
  await settledOn(student, '/pages/index/index');
  await expect(student.locator('.activity-detail:visible')).toHaveCount(0);
  await expect(student.locator('.home-loading')).toHaveCount(0);
  const card = student.locator('.home-card:visible').filter({ hasText: movedTitle });
  await expect(card).toContainText('已改期');
  await expect(card).toContainText('场地临时检修');
  await settledOn(student, '/pages/index/index');
  await student.screenshot({ path: 'reports/home-student-postponed.png' });

  // 张同学: 我的 → 消息 shows the change; it opens the activity, which says 已改期 and offers 退出报名.
  await student.goto('/#/packages/account/messages/index');
  const message = student.locator('.message-row:visible').filter({ hasText: `「${movedTitle}」已改期` });
  await expect(message).toBeVisible();
  await expect(message.locator('.message-row__body')).toContainText('场地临时检修');
  await message.click();
  const change = student.locator('.activity-change--postponed:visible');
  await expect(change).toContainText('已改期');
  await expect(change).toContainText('改期原因：场地临时检修');
  await student.locator('.activity-actions__cancel:visible').click();
  await modalButton(student, '退出报名').click();
  await expect(student.locator('.activity-actions__sign-up:visible')).toBeVisible();
  await expect(student.locator('.activity-facts__places:visible')).toContainText('剩余 20');

  // 张同学 signs up for the running one only now, so 首页's next activity above was the moved one.
  await signUpOnDetail(student, cancelledId);

  // 陈老师: the running activity's console shows a live code; he cancels with a reason, confirmed.
  await admin.goto(`/#/packages/activity-admin/console/index?activityId=${cancelledId}`);
  const codeText = admin.locator('.code-panel--in:visible .code-panel__text');
  await expect(codeText).toHaveText(/^v1\./);
  const code = ((await codeText.textContent()) ?? '').trim();
  await admin.locator('.lifecycle__cancel:visible').click();
  const dialog = admin.locator('.lifecycle__cancel-dialog');
  await expect(dialog.locator('.nut-dialog-footer-ok')).toHaveClass(/nut-button-disabled/);
  await dialog.locator('textarea').fill('主讲嘉宾无法到场');
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(admin.getByText('签到码立即失效', { exact: false })).toBeVisible();
  await modalButton(admin, '取消活动').click();
  await expect(admin.locator('.lifecycle--cancelled:visible')).toContainText('取消原因：主讲嘉宾无法到场');

  // 张同学 scans the code shown a moment ago: refused, with the reason.
  await student.goto(`/#/packages/activities/scan/index?code=${encodeURIComponent(code)}`);
  const result = student.locator('.scan-result:visible');
  await expect(result).toContainText('活动已取消');
  await expect(result).toContainText('主讲嘉宾无法到场');
  // A fresh load: the messages page opened earlier in this tab would otherwise come back as it was.
  await student.goto('/#/packages/account/messages/index');
  await student.reload();
  await expect(student.locator('.message-row:visible').filter({ hasText: `「${cancelledTitle}」已取消` })).toBeVisible();
  await student.goto(`/#/packages/activities/detail/index?activityId=${cancelledId}`);
  await expect(student.locator('.activity-change--cancelled:visible')).toContainText('主讲嘉宾无法到场');

  // 陈老师 writes to this activity's participants from its console (通知参与者 → 已报名); 张同学 receives it.
  const noticeTitle = `活动取消后续安排 ${marker}`;
  await admin.locator('.lifecycle__notify:visible').click();
  const compose = admin.locator('.notice-compose:visible');
  await expect(compose.locator('.audience-activity')).toContainText('本活动的参与者');
  await compose.locator('.notice-compose__title input').fill(noticeTitle);
  await compose.locator('.notice-compose__paragraph textarea').first().fill('活动改到下月举行，届时另行通知。');
  await compose.locator('.audience-group--signedUp').click();
  await admin.locator('.notice-compose__publish:visible').click();
  await expect(admin.locator('.notice-receipts .notice-card__title')).toHaveText(noticeTitle);
  await student.goto('/#/packages/notices/list/index');
  await student.locator('.notice-row:visible').filter({ hasText: noticeTitle }).click();
  // Read, so 张同学's unread badge is what the notices spec expects of it.
  await expect(student.locator('.notice-detail .notice-view__title')).toHaveText(noticeTitle);

  await organiser.context.close();
});

test('a check-out that would credit 0 hours says why and asks first; 张同学 says yes and is checked out', async ({
  page: student,
  browser,
  baseURL,
}) => {
  const organiser = await organiserPhone(browser, baseURL);
  const admin = organiser.page;
  await signInAs(admin, 'admin', '陈老师');
  const activityId = await createActivity(admin, `零时长签退 ${Date.now().toString(36)}`, -5);
  await signInAs(student, 'student', '张同学');
  await signUpOnDetail(student, activityId);
  const codeOf = async (kind: 'in' | 'out') =>
    (await callAs(admin, 'activities', { action: 'currentCode', activityId, kind })).data.code as string;
  expect((await callAs(student, 'activities', { action: 'checkin', code: await codeOf('in') })).ok).toBe(true);

  // Checked in a moment ago under the measured rule: leaving now would credit nothing.
  await student.goto(`/#/packages/activities/scan/index?code=${encodeURIComponent(await codeOf('out'))}`);
  await expect(student.getByText('本次签退计 0 小时')).toBeVisible();
  await expect(student.getByText('不足 15 分钟不计时长', { exact: false })).toBeVisible();
  await modalButton(student, '仍要签退').click();
  await expect(student.locator('.scan-result__title:visible')).toHaveText('签退成功');

  // 我的志愿时长 keeps the activity, at 0 小时 with why.
  await student.goto('/#/packages/activities/hours/index');
  const zero = student.locator('.my-hours__entry--uncredited:visible').filter({ hasText: '零时长签退' });
  await expect(zero).toContainText('0 小时');
  await expect(zero.locator('.my-hours__reason')).toHaveText('时长不足，计 0 小时');

  await organiser.context.close();
});
