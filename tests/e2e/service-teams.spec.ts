import { expect, test, type Browser, type Page } from '@playwright/test';
import { tinyPng } from './fixtures/tiny-png';

/**
 * Service teams (#14) on the seeded H5 build, each person on a phone of their own: 陈老师 creates a
 * team with a cover and appoints 王队长 its leader; 李老师 applies to join from 服务; 王队长 approves on
 * 队员管理; 李老师 sees 已通过 in 我的入队申请 and the team's kind and contact on 服务; 陈老师 archives
 * the team and it leaves 服务.
 */
test.describe.configure({ timeout: 120_000 });

const TEAM = `社区义修队${Math.floor(Math.random() * 1e4)}`;
const CONTACT = '孙同学 13900001111';

const sheetItem = (page: Page, label: string) => page.locator('.taro-actionsheet__cell:visible').filter({ hasText: label });
const modalButton = (page: Page, label: string) => page.locator('.taro__modal .taro-model__btn:visible').filter({ hasText: label });
const teamCard = (page: Page) => page.locator('.services-page__team').filter({ hasText: TEAM });

async function phoneOf(browser: Browser, persona: 'admin' | 'teacher' | 'leader'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/#/packages/account/sign-in/index');
  await page.locator(`.sign-in-page__persona--${persona}`).click();
  await expect(page.locator('.profile-card')).toBeVisible();
  return page;
}

async function openServiceTeams(admin: Page) {
  await admin.goto('/#/pages/me/index');
  await admin.locator('.me-page__admin').click();
  await admin.locator('.admin-home__entry--service-teams').click();
}

/** 新建服务队 with kind, contact and a cover uploaded through the dialog's photo picker. */
async function createTeamWithCover(admin: Page) {
  await openServiceTeams(admin);
  await admin.locator('.service-teams__create').click();
  const dialog = admin.locator('.team-dialog');
  await dialog.locator('.team-dialog__name input').fill(TEAM);
  await dialog.locator('.team-dialog__choice').filter({ hasText: '类型' }).click();
  await sheetItem(admin, '电脑义诊').click();
  await dialog.locator('.team-dialog__summary textarea').fill('周末在社区为居民检修电脑');
  await dialog.locator('.team-dialog__contact input').fill(CONTACT);
  const chooser = admin.waitForEvent('filechooser');
  await dialog.locator('.photo-picker__add').click();
  await (await chooser).setFiles({ name: 'cover.png', mimeType: 'image/png', buffer: tinyPng(48, 27, [30, 90, 200]) });
  // One cover: once it is claimed the picker offers no second tile.
  await expect(dialog.locator('.photo-picker__photo img')).toHaveAttribute('src', /\/_storage\/download\/uploads\//);
  await expect(dialog.locator('.photo-picker__add')).toHaveCount(0);
  await dialog.locator('.nut-dialog-footer-ok').click();
  await expect(dialog).toHaveCount(0);
  await expect(admin.locator('.service-team-row').filter({ hasText: TEAM })).toContainText('电脑义诊');
}

/** 任命队长与队员: the team's segment, find 王队长, 设为队长. */
async function appointLeader(admin: Page) {
  await admin.locator('.service-team-row').filter({ hasText: TEAM }).click();
  await sheetItem(admin, '任命队长与队员').click();
  await admin.locator('.admin-page__segment').filter({ hasText: TEAM }).click();
  await expect(admin.locator('.admin-page__segment--active')).toHaveText(TEAM);
  await admin.locator('.member-search__input input').fill('王队长');
  await admin.locator('.member-search__submit').click();
  const row = admin.locator('.member-row').filter({ hasText: '王队长' });
  await expect(row).toContainText('未加入');
  await row.click();
  await sheetItem(admin, '设为队长').click();
  await expect(row).toContainText('队长');
}

test('a team with a cover takes a member through 申请加入 and its leader, then leaves 服务 when archived', async ({ browser }) => {
  const admin = await phoneOf(browser, 'admin');
  await createTeamWithCover(admin);
  await appointLeader(admin);

  // 李老师 meets the team on 服务: cover, kind, contact, nothing to book yet, and 申请加入.
  const teacher = await phoneOf(browser, 'teacher');
  await teacher.goto('/#/pages/services/index');
  const card = teamCard(teacher);
  await expect(card.locator('.services-page__kind')).toHaveText('电脑义诊');
  await expect(card.locator('.services-page__contact')).toHaveText(`联系：${CONTACT}`);
  await expect(card.locator('.services-page__cover img')).toHaveAttribute('src', /\/_storage\/download\/uploads\//);
  await expect(card).toContainText('暂未发布可预约的服务');
  await card.locator('.services-page__join').click();
  await modalButton(teacher, '申请').click();
  await expect(card.locator('.services-page__standing')).toHaveText('已申请·待审核');
  await teacher.reload();
  await expect(teamCard(teacher).locator('.services-page__standing')).toHaveText('已申请·待审核');

  await teacher.goto('/#/pages/me/index');
  await teacher.locator('.me-page__team-requests').click();
  const request = teacher.locator('.team-request').filter({ hasText: TEAM });
  await expect(request.locator('.team-request__status')).toHaveText('待审核');

  // 王队长 leads two teams now: the roster of the new one holds 李老师's request.
  const leader = await phoneOf(browser, 'leader');
  await leader.goto('/#/packages/bookings/schedule/index');
  await leader.locator('.schedule-page__roster').click();
  await leader.locator('.roster-page .choice-chips__chip').filter({ hasText: TEAM }).click();
  const queued = leader.locator('.roster-page .roster-page__request').filter({ hasText: '李老师' });
  await queued.locator('.roster-page__approve').click();
  await expect(queued).toHaveCount(0);
  await expect(leader.locator('.roster-page .roster-page__member').filter({ hasText: '李老师' })).toContainText('志愿者');

  // 李老师 hears it: 已通过 in 我的入队申请, 已是队员 on 服务.
  await teacher.reload();
  await expect(teacher.locator('.team-request').filter({ hasText: TEAM }).locator('.team-request__status')).toHaveText('已通过');
  await teacher.goto('/#/pages/services/index');
  await teacher.reload();
  await expect(teamCard(teacher).locator('.services-page__standing')).toHaveText('已是队员');
  await expect(teamCard(teacher).locator('.services-page__contact')).toHaveText(`联系：${CONTACT}`);

  // 陈老师 archives it: gone from 服务.
  await openServiceTeams(admin);
  await admin.locator('.service-team-row').filter({ hasText: TEAM }).click();
  await sheetItem(admin, '归档').click();
  await modalButton(admin, '归档').click();
  await expect(admin.locator('.service-team-row').filter({ hasText: TEAM })).toContainText('已归档');
  await teacher.reload();
  await expect(teacher.locator('.services-page__team').first()).toBeVisible();
  await expect(teamCard(teacher)).toHaveCount(0);
});
