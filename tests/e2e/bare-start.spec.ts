import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { rosterXlsx } from '../functions/roster-fixtures';
import { monthDayText } from '../../core/date-words';

/**
 * Issue 14 from a bare start (the `bare` project: a host started with `--bare --throwaway`, no
 * seed, only the first admin `local-admin`). Everything a committee does in its first week goes
 * through the app's pages: the admin builds the college, a branch and a class and a car-care team;
 * new WeChat users bind their numbers and the admin approves them; the admin appoints the leader
 * and imports the committee's roster of 200 members, after which a student on it who binds is
 * approved at once; the leader adds a service and a weekly series of slots; a teacher books one.
 * Each person has a phone of their own (a browser context), as they would.
 */

// Four people through some twenty pages on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

const COLLEGE = '汽车与信息工程学院';
const BRANCH = '汽车专业群团支部';
const CLASS = '汽修2401班';
const TEAM = '汽车维护服务队';
const SERVICE = '洗车';
/** A class the roster names but nobody has built: listed by the preview, never created. */
const UNBUILT_CLASS = '汽修2402班';

const sheetItem = (page: Page, label: string) => page.locator('.taro-actionsheet__cell:visible').filter({ hasText: label });

/** `YYYY-MM-DD` in campus time, `days` from today. */
const campusDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

/** A phone of its own: a fresh context, signed in through the sign-in page. */
async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function signInAsFirstAdmin(page: Page) {
  await page.goto('/');
  await expect(page.locator('.sign-in-page__hint')).toContainText('全新环境');
  // No personas in a bare environment: the configured admin and brand-new users only.
  await expect(page.locator('.sign-in-page__persona--teacher')).toHaveCount(0);
  const admin = page.locator('.sign-in-page__persona--first-admin');
  await expect(admin).toHaveCount(1);
  await expect(admin).toContainText('local-admin');
  await admin.click();
  await expect(page.locator('.me-page__admin')).toBeVisible();
}

async function signInAsNewUser(page: Page) {
  await page.goto('/');
  await page.locator('.sign-in-page__persona--new').click();
  await expect(page.locator('.membership-card__status')).toHaveText('未申请');
}

async function openAdmin(page: Page, entry: string) {
  await page.goto('/#/pages/me/index');
  await page.locator('.me-page__admin').click();
  await page.locator(`.admin-home__entry--${entry}`).click();
}

async function nameAndSave(page: Page, name: string) {
  const dialog = page.locator('.name-dialog');
  await dialog.locator('input').fill(name);
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(dialog).toHaveCount(0);
}

/** Before anything exists, the pages say what comes first instead of showing nothing. */
async function expectEmptyEnvironment(admin: Page) {
  await openAdmin(admin, 'service-teams');
  await expect(admin.locator('.admin-page .empty-state:visible')).toContainText('请先在“组织架构”中添加学院');
  await openAdmin(admin, 'teams');
  await expect(admin.locator('.admin-page .empty-state:visible')).toContainText('还没有服务队');
  await openAdmin(admin, 'org-units');
  await expect(admin.locator('.admin-page .empty-state:visible')).toContainText('还没有组织');
}

/** 组织架构 from nothing: 添加学院, then a branch under it and a class under that. */
async function buildOrgUnits(admin: Page) {
  await openAdmin(admin, 'org-units');
  await expect(admin.locator('.org-unit-row')).toHaveCount(0);
  await admin.locator('.org-units__add-college').click();
  await nameAndSave(admin, COLLEGE);
  const row = (name: string) => admin.locator('.org-unit-row').filter({ hasText: name });
  await row(COLLEGE).click();
  await sheetItem(admin, '添加团支部').click();
  await nameAndSave(admin, BRANCH);
  await row(BRANCH).click();
  await sheetItem(admin, '添加班级').click();
  await nameAndSave(admin, CLASS);
  await expect(admin.locator('.org-unit-row')).toHaveText([
    new RegExp(`${COLLEGE}.*学院`),
    new RegExp(`${BRANCH}.*团支部`),
    new RegExp(`${CLASS}.*班级`),
  ]);
}

/** 服务队 from nothing: 新建服务队 of kind 汽车维护 under the college. */
async function createTeam(admin: Page) {
  await openAdmin(admin, 'service-teams');
  await expect(admin.locator('.service-team-row')).toHaveCount(0);
  await admin.locator('.service-teams__create').click();
  const dialog = admin.locator('.team-dialog');
  await dialog.locator('.team-dialog__name input').fill(TEAM);
  await dialog.locator('.team-dialog__choice').filter({ hasText: '类型' }).click();
  await sheetItem(admin, '汽车维护').click();
  await expect(dialog.locator('.team-dialog__choice').filter({ hasText: '所属组织' })).toContainText(COLLEGE);
  await dialog.locator('.team-dialog__summary textarea').fill('洗车、胎压检查等汽车日常维护');
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(dialog).toHaveCount(0);
  await expect(admin.locator('.service-team-row').filter({ hasText: TEAM })).toContainText('汽车维护');
}

interface Applicant {
  name: string;
  kind: 'student' | 'teacher';
  memberNo: string;
  /** What is tapped in the unit picker; a teacher may stop at the college (选择「…」). */
  taps: string[];
  /** The unit the member belongs to. */
  unit: string;
  joinTeam: boolean;
}

/**
 * 我的 › 绑定学号/工号 as a brand-new user: the application waits for review (审核中), or, when the
 * number and name are on the roster, is approved on the spot (已通过).
 */
async function applyForMembership(page: Page, who: Applicant, outcome: '审核中' | '已通过' = '审核中', screenshot?: string) {
  await page.locator('.membership-card__apply').click();
  await page.locator('.privacy-notice__accept').click();
  await page.locator('.membership-form__name input').fill(who.name);
  await page.locator(`.membership-form__kind-${who.kind}`).click();
  await page.locator('.membership-form__member-no input').fill(who.memberNo);
  await page.locator('.org-unit-picker').click();
  for (const name of who.taps) {
    await page.locator('.org-unit-picker__choice, .org-unit-picker__this').filter({ hasText: name }).first().click();
  }
  await expect(page.locator('.org-unit-picker')).toContainText(who.unit);
  if (who.joinTeam) await page.locator('.membership-form__team').filter({ hasText: TEAM }).click();
  await page.locator('.membership-form__submit').click();
  await expect(page.locator('.membership-page__result-status')).toHaveText(outcome);
  if (screenshot) await page.screenshot({ path: screenshot });
  await page.locator('.membership-page__back').click();
  await expect(page.locator('.membership-card__status')).toHaveText(outcome);
}

/** 成员审核: the application shows what was filed; 通过. */
async function approve(admin: Page, who: Applicant) {
  await openAdmin(admin, 'applications');
  const card = admin.locator('.application-card').filter({ hasText: who.memberNo });
  await expect(card).toContainText(who.name);
  await expect(card).toContainText(who.unit);
  if (who.joinTeam) await expect(card).toContainText(TEAM);
  await card.locator('.application-card__approve').click();
  await expect(card).toHaveCount(0);
}

async function expectApproved(page: Page, roles: string[]) {
  await page.goto('/#/pages/me/index');
  await page.reload();
  await expect(page.locator('.membership-card__status')).toHaveText('已通过');
  for (const role of roles) await expect(page.locator('.profile-card').getByText(role, { exact: true })).toBeVisible();
}

/**
 * The committee's roster as they fill in the template: `student` among 199 other students of the
 * class, a teacher of the college, and last one row naming a class nobody has built.
 */
const committeeRoster = (run: string, student: Applicant) =>
  rosterXlsx([
    [student.memberNo, student.name, '学生', CLASS],
    ...Array.from({ length: 198 }, (_, i) => [`2403${run}${String(i).padStart(3, '0')}`, `学生${i}`, '学生', CLASS]),
    [`T9${run}`, '周老师', '教师', COLLEGE],
    [`2404${run}`, '钱同学', '学生', UNBUILT_CLASS],
  ]);

/** 导入名册: choose the file, read the preview (the unbuilt class listed, its row refused), 确认导入. */
async function importRoster(admin: Page, roster: Buffer, testInfo: TestInfo) {
  await openAdmin(admin, 'roster-import');
  await admin.locator('.roster-import__choose input[type=file]').setInputFiles({
    name: '星火志愿成员名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: roster,
  });
  const preview = admin.locator('.roster-import__preview');
  await expect(preview.locator('.roster-import__total--created .roster-import__total-value')).toHaveText('200');
  await expect(preview.locator('.roster-import__total--problems .roster-import__total-value')).toHaveText('1');
  await expect(preview.locator('.roster-import__unknown-unit')).toHaveText([UNBUILT_CLASS]);
  await expect(preview.locator('.roster-import__problem')).toHaveText([new RegExp(`^第 202 行.*组织「${UNBUILT_CLASS}」不存在`)]);
  await admin.screenshot({ path: testInfo.outputPath('roster-preview.png') });
  await preview.locator('.roster-import__apply').click();
  await expect(admin.locator('.taro__modal')).toContainText('将新增 200 人');
  await admin.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: '导入' }).click();
  await expect(admin.locator('.roster-import__result')).toContainText('新增 200 人，更新 0 人，0 人无变化，1 行有问题未导入');
  // The rows left out and the unit to add stay listed after the import.
  await expect(admin.locator('.roster-import__unknown-unit')).toHaveText([UNBUILT_CLASS]);
  await expect(admin.locator('.roster-import__problem')).toHaveCount(1);
  await admin.screenshot({ path: testInfo.outputPath('roster-import.png') });
  // Listed, never created: 组织架构 still holds the three units the admin built.
  await openAdmin(admin, 'org-units');
  await expect(admin.locator('.org-unit-row')).toHaveCount(3);
  await expect(admin.locator('.org-unit-row').filter({ hasText: UNBUILT_CLASS })).toHaveCount(0);
}

/** 服务队 › the team › 任命队长与队员: find the member by name, 设为队长. */
async function appointLeader(admin: Page, name: string) {
  await openAdmin(admin, 'service-teams');
  await admin.locator('.service-team-row').filter({ hasText: TEAM }).click();
  await sheetItem(admin, '任命队长与队员').click();
  await expect(admin.locator('.admin-page__segment--active')).toHaveText(TEAM);
  await admin.locator('.member-search__input input').fill(name);
  await admin.locator('.member-search__submit').click();
  const row = admin.locator('.member-row').filter({ hasText: name });
  await expect(row).toContainText('志愿者');
  await row.click();
  await sheetItem(admin, '设为队长').click();
  await expect(row).toContainText('队长');
}

/** 排班管理 › 服务项目 › 新增服务项目: a car wash for staff, asking for the car. */
async function addService(leader: Page) {
  await leader.goto('/#/pages/me/index');
  await leader.locator('.me-page__schedule').click();
  await leader.locator('.schedule-page__catalogue').click();
  await expect(leader.locator('.catalogue-page .empty-state')).toContainText('本队还没有服务项目');
  await leader.locator('.catalogue-page__create').click();
  await leader.locator('.service-form__name input').fill(SERVICE);
  await leader.locator('.service-form__duration input').fill('60');
  await leader.locator('.service-form__place input').fill('实训中心汽车维护工位');
  await leader.locator('.service-form__bring input').fill('车钥匙');
  await leader.locator('.service-form__kind--car').click();
  await leader.locator('.service-form__submit').click();
  await expect(leader.locator('.catalogue-page__service').filter({ hasText: SERVICE })).toContainText('可预约');
}

/** 发布时段, 每周重复: tomorrow 09:00–10:00 (the form's defaults) every week through the default date. */
async function publishWeeklySlots(leader: Page) {
  await leader.goto('/#/packages/bookings/schedule/index');
  await leader.locator('.schedule-page__publish').click();
  await leader.locator('.slot-form__repeat--weekly').click();
  await expect(leader.locator('.slot-form__until')).toContainText(campusDay(29));
  await leader.locator('.slot-form__submit').click();
  // Tomorrow and the same weekday 7, 14, 21 and 28 days later.
  await expect(leader.getByText('已发布 5 个时段')).toBeVisible();
  // 时段 lists every slot the toast counted, the ones beyond the 14-day booking horizon too.
  await leader.locator('.schedule-page__view--slots').click();
  await expect(leader.locator('.team-slots__slot--0900')).toHaveCount(5);
  await expect(leader.locator('.team-slots__slot--0900').last()).toContainText(monthDayText(campusDay(29)));
}

/** 服务 tab › 洗车: the weekly slots are there; book tomorrow's with the car's details. */
async function bookTomorrow(teacher: Page) {
  await teacher.goto('/#/pages/services/index');
  await teacher.locator('.services-page__service').filter({ hasText: SERVICE }).click();
  for (const day of [campusDay(1), campusDay(8)]) {
    await expect(teacher.locator(`.day-strip__day--${day} .day-strip__note`)).toHaveText('余 3 位');
  }
  await teacher.locator('.slot-list__slot--0900').click();
  await teacher.locator('.booking-form__plate input').fill('桂A12345');
  await teacher.locator('.booking-form__model input').fill('大众朗逸');
  await teacher.locator('.booking-form__colour input').fill('白色');
  await teacher.locator('.booking-form__submit').click();
  const booked = teacher.locator('.my-bookings .booking-card');
  await expect(booked).toHaveCount(1);
  await expect(booked).toContainText(SERVICE);
  await expect(booked).toContainText('09:00–10:00');
  await expect(booked.locator('.booking-status')).toHaveText('待确认');
}

const runNumber = () => String(Math.floor(Math.random() * 1e6)).padStart(6, '0');

test('from a bare start: org units, a team and its leader, a roster imported, members bound, a service with weekly slots, a booking', async ({
  browser,
}, testInfo) => {
  const run = runNumber();
  const leaderApplicant: Applicant = {
    name: '王立',
    kind: 'student',
    memberNo: `2401${run}`,
    taps: [COLLEGE, BRANCH, CLASS],
    unit: CLASS,
    joinTeam: true,
  };
  const student: Applicant = {
    name: '张晓',
    kind: 'student',
    memberNo: `2402${run}`,
    taps: [COLLEGE, BRANCH, CLASS],
    unit: CLASS,
    joinTeam: true,
  };
  const teacherApplicant: Applicant = {
    name: '李清',
    kind: 'teacher',
    memberNo: `T${run}`,
    taps: [COLLEGE, `选择「${COLLEGE}」`],
    unit: COLLEGE,
    joinTeam: false,
  };

  const admin = await newPhone(browser);
  await signInAsFirstAdmin(admin);
  await expectEmptyEnvironment(admin);
  await buildOrgUnits(admin);
  await createTeam(admin);

  // The leader-to-be binds and is approved, then the admin makes them the team's leader.
  const leader = await newPhone(browser);
  await signInAsNewUser(leader);
  await applyForMembership(leader, leaderApplicant);
  await approve(admin, leaderApplicant);
  await appointLeader(admin, leaderApplicant.name);
  await expectApproved(leader, ['学生', '队长']);

  // The admin imports the committee's roster; a student on it binds with the team chosen and is
  // approved at once, with no trip through 成员审核, and serves in the team.
  await importRoster(admin, await committeeRoster(run, student), testInfo);
  const studentPhone = await newPhone(browser);
  await signInAsNewUser(studentPhone);
  await applyForMembership(studentPhone, student, '已通过', testInfo.outputPath('membership-approved.png'));
  await expectApproved(studentPhone, ['学生', '志愿者']);

  await addService(leader);
  await publishWeeklySlots(leader);

  // A teacher binds under the college itself, is approved, and books.
  const teacher = await newPhone(browser);
  await signInAsNewUser(teacher);
  await applyForMembership(teacher, teacherApplicant);
  await approve(admin, teacherApplicant);
  // The roster's student never waited in 成员审核.
  await expect(admin.locator('.application-card').filter({ hasText: student.memberNo })).toHaveCount(0);
  await expectApproved(teacher, ['教师']);
  await bookTomorrow(teacher);

  // The leader sees the booking on the team's schedule.
  await leader.goto('/#/packages/bookings/schedule/index');
  await expect(leader.locator('.booking-card').filter({ hasText: SERVICE })).toContainText(teacherApplicant.name);
});
