import { expect, test, type Page } from '@playwright/test';
import { callAs } from './fixtures/call-as';
import { settledOn } from './fixtures/settled';

/**
 * 首页 as the staff personas see it once there is something to act on (issue 15): 王队长's
 * 待指派的预约 (bookings of his team nobody took yet) opens the unassigned jobs; 陈老师's
 * 入会申请待审核 and 补录申请待处理 cards, the latter opening the pending list of every activity.
 * The data is set up through the personas' own calls; the cards and pages are what is looked at
 * (390×844 screenshots in reports/).
 */
test.describe.configure({ timeout: 120_000 });

const marker = (process.env.STARFIRE_E2E_DATA ?? '').slice(-6) || 'local';
const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
/** Tomorrow as a Shanghai day (YYYY-MM-DD). */
const tomorrowInShanghai = () => new Date(Date.now() + (8 + 24) * 3_600_000).toISOString().slice(0, 10);

const NAMES = { teacher: '李老师', student: '张同学', leader: '王队长', admin: '陈老师' } as const;

/** 选择身份 → the persona; 我的 then shows who is signed in (a newcomer: nothing applied for yet). */
async function signInAs(page: Page, persona: keyof typeof NAMES | 'new') {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  if (persona === 'new') await expect(page.locator('.membership-card__status:visible')).toHaveText('未申请');
  else await expect(page.locator('.profile-card:visible')).toContainText(NAMES[persona]);
}

async function openHome(page: Page) {
  await page.goto('/#/pages/index/index');
  await settledOn(page, '/pages/index/index');
  await expect(page.locator('.home-loading')).toHaveCount(0);
}

const card = (page: Page, title: string) =>
  page.locator('.home-card:visible').filter({ has: page.locator('.home-card__title', { hasText: title }) });

test('王队长 sees his team’s unassigned bookings on 首页, and the card opens 待领取', async ({ page }) => {
  await signInAs(page, 'leader');
  const published = await callAs(page, 'bookings', {
    action: 'publishSlots',
    serviceId: 'svc-car-wash',
    day: tomorrowInShanghai(),
    start: '15:00',
    end: '16:00',
    capacity: 3,
  });
  expect(published.ok).toBe(true);
  const slotId = published.data.slots[0]?.slotId as string;
  for (const [persona, plate] of [
    ['teacher', '桂A12345'],
    ['admin', '桂B67890'],
  ] as const) {
    await signInAs(page, persona);
    const booked = await callAs(page, 'bookings', {
      action: 'book',
      slotId,
      details: { kind: 'car', plate, model: '大众朗逸', colour: '白色' },
      note: `首页演示 ${marker}`,
    });
    expect(booked.ok).toBe(true);
  }

  await signInAs(page, 'leader');
  await openHome(page);
  const unassigned = card(page, '待指派的预约');
  await expect(unassigned).toContainText('洗车');
  await expect(unassigned).toContainText('预约人 李老师');
  await expect(unassigned).toContainText('预约人 陈老师');
  await expect(unassigned.locator('.home-card__badge')).toHaveText(/^\d+\+?$/);
  await settledOn(page, '/pages/index/index');
  await page.screenshot({ path: 'reports/home-leader.png', fullPage: true });

  await unassigned.click();
  await settledOn(page, '/packages/bookings/jobs/index?scope=open');
  await expect(page.locator('.jobs-page__scope--open:visible')).toHaveClass(/choice-chips__chip--active/);
  await expect(page.locator('.booking-card:visible').first()).toContainText('洗车');
  await page.screenshot({ path: 'reports/home-leader-unassigned-jobs.png' });
});

test('陈老师 sees a membership application and a correction request on 首页; 补录申请 opens every pending request', async ({ page }) => {
  // A newcomer applies to bind a number.
  await signInAs(page, 'new');
  const applied = await callAs(page, 'users', {
    action: 'applyMembership',
    name: '刘同学',
    memberNo: `2024${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
    kind: 'student',
    orgUnitId: 'ou-class-qx2301',
  });
  expect(applied.ok).toBe(true);

  // 张同学 was entered by hand at an activity that ended without her check-out; the closing timer
  // closed it at 0 hours, and she asks for her real check-out time.
  await signInAs(page, 'admin');
  const created = await callAs(page, 'activities', {
    action: 'create',
    title: `补录演示活动 ${marker}`,
    place: '学校东门广场',
    startAt: at(-300),
    endAt: at(-120),
    signUpOpensAt: at(-600),
    signUpClosesAt: at(-310),
    capacity: 20,
  });
  expect(created.ok).toBe(true);
  const activityId = created.data.activity.activityId as string;
  const added = await callAs(page, 'records', {
    action: 'addAttendance',
    activityId,
    memberNo: '2023110215',
    checkedInAt: at(-295),
    reason: '现场登记',
  });
  expect(added.ok).toBe(true);
  expect((await page.request.post('/_console/timers/records/closeActivities/run')).ok()).toBe(true);
  await signInAs(page, 'student');
  const requested = await callAs(page, 'records', {
    action: 'requestCorrection',
    activityId,
    checkedOutAt: at(-130),
    reason: '手机没电，未能扫签退码',
  });
  expect(requested.ok).toBe(true);

  await signInAs(page, 'admin');
  await openHome(page);
  await expect(card(page, '入会申请待审核')).toContainText('刘同学');
  const corrections = card(page, '补录申请待处理');
  await expect(corrections).toContainText(`补录演示活动 ${marker}`);
  await expect(corrections).toContainText('张同学');
  await settledOn(page, '/pages/index/index');
  await page.screenshot({ path: 'reports/home-admin.png', fullPage: true });

  await corrections.click();
  await settledOn(page, '/packages/activity-admin/corrections/index');
  const row = page.locator('.correction-row:visible').filter({ hasText: `补录演示活动 ${marker}` });
  await expect(row).toContainText('张同学');
  await expect(row).toContainText('待处理');
  await expect(row).toContainText('手机没电，未能扫签退码');
  await page.screenshot({ path: 'reports/pending-corrections.png' });
});
