import { expect, test, type Page } from '@playwright/test';
import { callAs } from './fixtures/call-as';
import { settledOn } from './fixtures/settled';

/**
 * Two details of issue 15 as 张同学 sees them (390×844 screenshots in reports/): 我的志愿时长 says
 * why a service record credited more than its slot (the leader's reason), and 消息's 微信推送
 * names 团委通知 once.
 */
test.describe.configure({ timeout: 120_000 });

const NAMES = { teacher: '李老师', student: '张同学', leader: '王队长' } as const;
const tomorrowInShanghai = () => new Date(Date.now() + (8 + 24) * 3_600_000).toISOString().slice(0, 10);

async function signInAs(page: Page, persona: keyof typeof NAMES) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card:visible')).toContainText(NAMES[persona]);
}

const ok = async (reply: Promise<{ ok: boolean; data: any; message?: string }>) => {
  const answered = await reply;
  expect(answered.message ?? 'ok').toBe('ok');
  return answered.data;
};

test('我的志愿时长 shows the leader’s reason on a record credited over its slot', async ({ page }) => {
  await signInAs(page, 'leader');
  const { slots } = await ok(
    callAs(page, 'bookings', {
      action: 'publishSlots',
      serviceId: 'svc-car-wash',
      day: tomorrowInShanghai(),
      start: '18:00',
      end: '19:00',
      capacity: 1,
    }),
  );
  await signInAs(page, 'teacher');
  const { bookingId } = await ok(
    callAs(page, 'bookings', {
      action: 'book',
      slotId: slots[0].slotId,
      details: { kind: 'car', plate: '桂C24680', model: '丰田卡罗拉', colour: '银色' },
      note: '',
    }),
  );
  await signInAs(page, 'leader');
  await ok(callAs(page, 'bookings', { action: 'assign', bookingId, volunteerOpenid: 'dev-student' }));
  await ok(callAs(page, 'bookings', { action: 'start', bookingId, earlyReason: '李老师提前把车开到了车库' }));
  await ok(
    callAs(page, 'bookings', {
      action: 'close',
      bookingId,
      summary: '车身清洗并加洗内饰',
      minutes: [{ openid: 'dev-student', minutes: 90 }],
      overLengthReason: '车主临时加洗了内饰',
    }),
  );
  await ok(callAs(page, 'bookings', { action: 'confirmRecord', bookingId }));

  await signInAs(page, 'student');
  await page.goto('/#/packages/activities/hours/index');
  await settledOn(page, '/packages/activities/hours/index');
  const entry = page.locator('.my-hours__entry--booking:visible').filter({ hasText: '超出时段时长' }).first(); // the newest; another spec may have credited him an over-length wash too
  await expect(entry).toContainText('洗车');
  await expect(entry).toContainText('1.5');
  await expect(entry).toContainText('超出时段时长：车主临时加洗了内饰');
  await entry.scrollIntoViewIfNeeded();
  await settledOn(page, '/packages/activities/hours/index');
  await page.screenshot({ path: 'reports/my-hours-over-length.png' });
});

test('消息’s 微信推送 names 团委通知 once', async ({ page }) => {
  await signInAs(page, 'student');
  await page.goto('/#/packages/account/messages/index');
  await settledOn(page, '/packages/account/messages/index');
  await page.locator('.push-panel__toggle:visible').click();
  const notices = page.locator('.push-panel__group--noticeFeed:visible');
  await expect(notices).toContainText('团委通知');
  expect(((await notices.textContent()) ?? '').split('团委通知')).toHaveLength(2);
  await expect(page.locator('.push-panel__group--questionAsk:visible .push-panel__group-title')).toHaveText('我的提问');
  await settledOn(page, '/packages/account/messages/index');
  await page.screenshot({ path: 'reports/messages-push-panel.png' });
});
