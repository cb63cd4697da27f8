import { readFileSync } from 'node:fs';
import { devices, expect, test } from '@playwright/test';
import { act, openWithSession, session } from './fixtures/persona-api';

/**
 * Issue 18's certificate on the built H5 app. A member made for this test (so no other spec's
 * hours count) serves 2 h; 陈老师 issues the certificate on 证明审核. On 我的证明 the member downloads
 * the PDF and opens 证明图片. A stranger opens the QR's link, signed in as nobody, and the page
 * checks the signature itself: 有效 with the name masked. Revoked, it says 已撤销 with the reason at
 * once; a guessed number is 未找到; a tampered signature in the link is 不是真实证明. Screenshots
 * (390×844) go to reports/.
 */

test.describe.configure({ timeout: 120_000 });

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A three-character name no seeded persona or other run has: 林 + two digits in Chinese + 月. */
const uniqueName = () => {
  const digits = '零一二三四五六七八九';
  const n = Date.now() % 100;
  return { name: `林${digits[Math.floor(n / 10)]}${digits[n % 10]}月`, masked: '林**月' };
};

test('a stranger verifies a certificate, sees it revoked at once; a guessed number and a forged signature are refused', async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const admin = await session(request, 'admin');
  const stamp = Date.now().toString(36);
  const { name, masked } = uniqueName();
  const memberNo = `2026${String(Date.now() % 1e6).padStart(6, '0')}`;

  // A new member, approved, who served 2 h at an activity that has ended.
  const member = await session(request, { openid: `e2e-cert-${stamp}` });
  const { application: joining } = await act(request, member, 'users', {
    action: 'applyMembership',
    name,
    memberNo,
    kind: 'student',
    orgUnitId: 'ou-class-qx2301',
  });
  await act(request, admin, 'users', { action: 'reviewMembership', applicationId: joining.applicationId, approve: true });
  const { activity } = await act(request, admin, 'activities', {
    action: 'create',
    title: `社区义诊 ${stamp}`,
    place: '学校东门广场',
    startAt: minutesFromNow(-240),
    endAt: minutesFromNow(-60),
    signUpOpensAt: minutesFromNow(-600),
    signUpClosesAt: minutesFromNow(-240),
    capacity: 50,
  });
  await act(request, admin, 'records', {
    action: 'addAttendance',
    activityId: activity.activityId,
    memberNo,
    checkedInAt: minutesFromNow(-240),
    checkedOutAt: minutesFromNow(-120),
    reason: '现场扫码失败，按签到表补录',
  });
  await act(request, admin, 'certificates', {
    action: 'saveIssuer',
    organisation: '星火学院团委',
    orgCode: 'SFQC',
    personInCharge: '赵书记',
    handlingOfficer: '陈老师',
    contact: '0771-1234567',
    sealFileId: null,
  });
  await act(request, member, 'certificates', { action: 'apply', period: { kind: 'all' } });

  // 陈老师 reviews it on 团委管理 › 证明审核 and issues it.
  const office = await browser.newContext({ ...devices['iPhone 12'], baseURL });
  const desk = await office.newPage();
  await desk.goto('/#/packages/account/sign-in/index');
  await desk.locator('.sign-in-page__persona--admin').click();
  await expect(desk.locator('.profile-card')).toContainText('陈老师');
  await desk.goto('/#/packages/admin/certificates/index');
  const card = desk.locator('.certificate-review__card').filter({ hasText: name });
  await expect(card).toContainText('合计 2 小时');
  await expect(card).toContainText(`社区义诊 ${stamp}`);
  await card.locator('.certificate-review__issue').click();
  await expect(desk.locator('.certificate-review__card').filter({ hasText: name })).toHaveCount(0);
  const { certificates } = await act(request, member, 'certificates', { action: 'mine' });
  expect(certificates).toHaveLength(1);
  const certificate = certificates[0];

  // The holder's 我的证明: 下载 PDF saves the PDF itself; 保存图片 opens 证明图片, drawn from the PDF's layout.
  const holder = await browser.newContext({ ...devices['iPhone 12'], baseURL });
  const phone = await holder.newPage();
  await phone.goto('/#/pages/me/index');
  await openWithSession(phone, member, '/#/packages/certificates/mine/index');
  const held = phone.locator('.my-certificates__certificate').filter({ hasText: certificate.certificateNo });
  await expect(held).toContainText('合计 2 小时');
  const pdf = phone.waitForEvent('download');
  await held.locator('.certificate-files__pdf').click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe(`志愿服务记录证明-${certificate.certificateNo}.pdf`);
  expect(
    readFileSync(await pdfFile.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
  await phone.screenshot({ path: 'reports/certificate-mine.png', fullPage: true });
  await held.locator('.certificate-files__image').click();
  const picture = phone.locator('.certificate-image__image img');
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(await picture.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1191, 1684]);
  await expect(phone.locator('.certificate-image')).toContainText('扫描图中二维码可查验真伪');
  await phone.screenshot({ path: 'reports/certificate-image.png', fullPage: true });
  const png = phone.waitForEvent('download');
  await phone.locator('.certificate-image__save').click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe(`志愿服务记录证明-${certificate.certificateNo}.png`);
  expect(
    readFileSync(await pngFile.path())
      .subarray(1, 4)
      .toString('latin1'),
  ).toBe('PNG');
  await holder.close();

  // The QR's link: number and signature; no session in this browser.
  // Reloaded after each visit: the hash router keeps the page instance when only the query changes.
  const verifyPage = async (query: string) => {
    await page.goto(`/#/packages/certificates/verify/index?${query}`);
    await page.reload();
  };
  const link = `no=${encodeURIComponent(certificate.certificateNo)}&sig=${certificate.signature}`;
  const shown = page.locator('.certificates-page');
  await verifyPage(link);
  await expect(page.locator('.certificate-verify__verdict--valid')).toContainText('有效');
  await expect(page.locator('.certificate-verify__verdict')).toContainText('签名已在本机核对');
  await expect(shown).toContainText(masked);
  await expect(shown).not.toContainText(name);
  await expect(shown).not.toContainText(memberNo);
  await expect(shown).toContainText('星火学院团委');
  await expect(shown).toContainText(`社区义诊 ${stamp}`);
  await expect(page.locator('.certificate-verify__total')).toContainText('2 小时');
  await page.screenshot({ path: 'reports/certificate-verify-valid.png', fullPage: true });

  // 陈老师 revokes it from 已出具: a reason, then the confirmation.
  await desk.locator('.certificate-review__tab--issued').click();
  const row = desk.locator('.issued-certificate').filter({ hasText: certificate.certificateNo });
  await expect(row).toContainText(name);
  await expect(row).toContainText(memberNo);
  await expect(row).toContainText('全部服务记录 · 合计 2 小时');
  await expect(row.locator('.issued-certificate__status')).toHaveText('有效');
  await desk.waitForTimeout(1500);
  await desk.screenshot({ path: 'reports/certificate-issued-list.png' });
  await row.locator('.issued-certificate__revoke').click();
  await desk.locator('.issued-certificate__dialog textarea').fill('时长更正后撤销');
  await desk.screenshot({ path: 'reports/certificate-issued-revoke-reason.png' });
  await desk.locator('.issued-certificate__dialog .nut-dialog-footer-ok').click();
  const confirmation = desk.locator('.taro__modal');
  await expect(confirmation).toContainText(`撤销后 ${certificate.certificateNo} 在查验页立即显示已撤销`);
  await desk.screenshot({ path: 'reports/certificate-issued-revoke-confirm.png' });
  await confirmation.locator('.taro-model__btn:visible').filter({ hasText: '撤销' }).click();
  await expect(row.locator('.issued-certificate__status')).toHaveText('已撤销');
  await expect(row).toContainText('撤销原因：时长更正后撤销');
  await expect(row.locator('.issued-certificate__revoke')).toHaveCount(0);
  await desk.waitForTimeout(2000);
  await desk.screenshot({ path: 'reports/certificate-issued-revoked.png' });
  await office.close();

  // The stranger's page, reloaded: revoked at once.
  await page.reload();
  await expect(page.locator('.certificate-verify__verdict--revoked')).toContainText('已撤销');
  await expect(page.locator('.certificate-verify__revoked')).toContainText('撤销原因：时长更正后撤销');
  await page.screenshot({ path: 'reports/certificate-verify-revoked.png', fullPage: true });

  // A guessed number: no such certificate.
  await verifyPage('no=SFQC-2026-99999');
  await expect(page.locator('.certificate-verify__verdict--not-found')).toContainText('未找到');
  await expect(page.locator('.certificate-verify__facts')).toHaveCount(0);
  await page.screenshot({ path: 'reports/certificate-verify-not-found.png', fullPage: true });

  // The QR of an edited printout: the number is real, its signature is not the issuer's.
  const forged = `${certificate.signature.slice(0, 10)}${certificate.signature[10] === 'A' ? 'B' : 'A'}${certificate.signature.slice(11)}`;
  await verifyPage(`no=${encodeURIComponent(certificate.certificateNo)}&sig=${forged}`);
  await expect(page.locator('.certificate-verify__verdict--not-genuine')).toContainText('不是真实证明');
  await expect(page.locator('.certificate-verify__facts')).toHaveCount(0);
  await page.screenshot({ path: 'reports/certificate-verify-not-genuine.png', fullPage: true });
});
