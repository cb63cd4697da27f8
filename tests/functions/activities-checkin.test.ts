import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { ACTIVITY_CODE_ROTATE_SECONDS, type ActivityCodePayload, peekSignedCode } from '@core/signed-code-format';
import { signCode } from '../../cloudfunctions/activities/signed-code';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db, putMember } from './bookings-fixtures';
import { attendanceDoc, createActivity, currentCode, minutesFromNow, ORGANISER, signedUpStudents } from './activities-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { emulatorStats, resetEmulatorStats, totalRequests } from './invoke-function';
import { fullMomentText } from '@core/date-words';

jest.setTimeout(120_000);

const CAMPUS = { latitude: 22.8167, longitude: 108.3669 };
/** About 1.1 km north of the campus gate. */
const FAR_AWAY = { latitude: 22.8267, longitude: 108.3669 };

const decodeQr = (dataUrl: string): string | null => {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
};

describe('activities: check-in with the rotating signed code (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'activities'>;
  let running: string;
  let student: string;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'activities');
    running = await createActivity(call);
    [student] = await signedUpStudents(call, running, 'ci-student', 1);
  });
  afterAll(() => local?.dispose());

  it('shows a QR image that decodes to the signed code, current for one rotation', async () => {
    const asked = Date.now();
    const shown = await currentCode(call, running);
    expect(shown.qrImage).toMatch(/^data:image\/png;base64,/);
    expect(decodeQr(shown.qrImage)).toBe(shown.code);
    expect(shown.rotateSeconds).toBe(ACTIVITY_CODE_ROTATE_SECONDS);
    // Current when asked for, and for at most one rotation after that.
    const remaining = Date.parse(shown.expiresAt) - asked;
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(ACTIVITY_CODE_ROTATE_SECONDS * 1000);
    expect(peekSignedCode(shown.code)).toMatchObject({ t: 'in', a: running });
  });

  it('checks a signed-up student in once; repeat scans answer the first record', async () => {
    const { code } = await currentCode(call, running);
    const first = await call(student, 'checkin', { code });
    expect(first).toMatchObject({ ok: true, data: { repeat: false, attendance: { openid: student, checkinMethod: 'scan' } } });
    expect(first.data.attendance.checkedInAt).toEqual(expect.any(String));
    const again = await call(student, 'checkin', { code });
    expect(again).toMatchObject({ ok: true, data: { repeat: true, attendance: { checkedInAt: first.data.attendance.checkedInAt } } });
  });

  it('lets 20 concurrent scans by one student make one record, all answered ok with the same check-in', async () => {
    const [racer] = await signedUpStudents(call, running, 'ci-racer', 1);
    const { code } = await currentCode(call, running);
    const replies = await Promise.all(Array.from({ length: 20 }, () => call(racer, 'checkin', { code })));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(replies.filter((reply) => !reply.data.repeat)).toHaveLength(1);
    expect(new Set(replies.map((reply) => reply.data.attendance.checkedInAt)).size).toBe(1);
    expect((await attendanceDoc(running, racer)).checkedInAt).toEqual(new Date(replies[0].data.attendance.checkedInAt!));
  });

  it('costs one database request for an accepted check-in', async () => {
    const [counted] = await signedUpStudents(call, running, 'ci-counted', 1);
    const { code } = await currentCode(call, running);
    await call(counted, 'checkin', { code: 'warm-up.is.forged' });
    await resetEmulatorStats(local.emulatorUrl);
    const reply = await call(counted, 'checkin', { code });
    const { requests } = await emulatorStats(local.emulatorUrl);
    expect(reply).toMatchObject({ ok: true, data: { repeat: false } });
    expect({ total: totalRequests(requests), requests }).toEqual({ total: 1, requests: { 'database.modifyAndReturnDoc': 1 } });
  });

  it('answers a repeat scan in one database request, leaving the first check-in as it was', async () => {
    const [repeater] = await signedUpStudents(call, running, 'ci-repeater', 1);
    expect(await attendanceDoc(running, repeater)).not.toHaveProperty('checkedInAt');
    const { code } = await currentCode(call, running);
    const first = await call(repeater, 'checkin', { code });
    const stored = await attendanceDoc(running, repeater);
    await resetEmulatorStats(local.emulatorUrl);
    const again = await call(repeater, 'checkin', { code });
    const { requests } = await emulatorStats(local.emulatorUrl);
    expect(again).toMatchObject({ ok: true, data: { repeat: true, attendance: { checkedInAt: first.data.attendance.checkedInAt } } });
    expect({ total: totalRequests(requests), requests }).toEqual({ total: 1, requests: { 'database.modifyAndReturnDoc': 1 } });
    expect(await attendanceDoc(running, repeater)).toMatchObject({ checkedInAt: stored.checkedInAt, checkinMethod: 'scan' });
  });

  it('checks in a sign-up stored with checkedInAt null (written before sign-up left it out) once', async () => {
    const [older] = await signedUpStudents(call, running, 'ci-older', 1);
    await db()
      .collection('attendance')
      .where({ _id: `${running}:${older}` })
      .update({ checkedInAt: null });
    const { code } = await currentCode(call, running);
    const first = await call(older, 'checkin', { code });
    expect(first).toMatchObject({ ok: true, data: { repeat: false, attendance: { checkedInAt: expect.any(String) } } });
    const again = await call(older, 'checkin', { code });
    expect(again).toMatchObject({ ok: true, data: { repeat: true, attendance: { checkedInAt: first.data.attendance.checkedInAt } } });
  });

  it('refuses forged codes: tampered, truncated, signed with another secret, a member code, a check-out code', async () => {
    const { code } = await currentCode(call, running);
    const [version, payload, signature] = code.split('.');
    const tamperedPayload = signCode({ ...(peekSignedCode(code) as ActivityCodePayload), c: 9_999_999_999 }).split('.')[1];
    const forged = [
      `${version}.${tamperedPayload}.${signature}`,
      `${version}.${payload}.${signature.slice(0, -2)}`,
      `${version}.${payload}`,
      signCode(peekSignedCode(code) as ActivityCodePayload, 'a-guessed-secret-that-is-long-enough-0123456789'),
      (await call(student, 'memberCode')).data.code,
      (await currentCode(call, running, 'out')).code,
    ];
    for (const candidate of forged) {
      expect(await call(student, 'checkin', { code: candidate })).toMatchObject({
        ok: false,
        code: 'CODE_FORGED',
        message: expect.any(String),
      });
    }
  });

  it('refuses a code signed for an old slot as expired', async () => {
    const current = peekSignedCode((await currentCode(call, running)).code) as ActivityCodePayload;
    const old = signCode({ ...current, s: current.s - 2 });
    expect(await call(student, 'checkin', { code: old })).toMatchObject({
      ok: false,
      code: 'CODE_EXPIRED',
      message: '二维码已过期，请扫描组织者手机上最新的二维码',
    });
  });

  it('shows no code outside the check-in window, saying when it opens or that it closed', async () => {
    const later = await createActivity(call, { startAt: minutesFromNow(90), endAt: minutesFromNow(150), earlyMinutes: 30 });
    const opensAt = new Date(Date.parse((await call(ORGANISER, 'get', { activityId: later })).data!.activity.startAt) - 30 * 60_000);
    for (const kind of ['in', 'out'] as const)
      expect(await call(ORGANISER, 'currentCode', { activityId: later, kind })).toEqual({
        ok: false,
        code: 'CHECKIN_NOT_OPEN',
        message: `签到将于 ${fullMomentText(opensAt)} 开放，届时可出示${kind === 'in' ? '签到码' : '签退码'}`,
      });
    const ended = await createActivity(call, {
      startAt: minutesFromNow(-180),
      endAt: minutesFromNow(-60),
      signUpOpensAt: minutesFromNow(-300),
      signUpClosesAt: minutesFromNow(-200),
      lateMinutes: 30,
    });
    expect(await call(ORGANISER, 'currentCode', { activityId: ended, kind: 'in' })).toMatchObject({
      ok: false,
      code: 'ENDED',
      message: expect.stringContaining('活动签到已于'),
    });
  });

  it('refuses a scan before the window the code carries opens and after it closes', async () => {
    const current = peekSignedCode((await currentCode(call, running)).code) as ActivityCodePayload;
    const seconds = Math.floor(Date.now() / 1000);
    const early = signCode({ ...current, o: seconds + 3600, c: seconds + 7200 });
    expect(await call(student, 'checkin', { code: early })).toMatchObject({ ok: false, code: 'NOT_STARTED' });
    const late = signCode({ ...current, o: seconds - 7200, c: seconds - 3600 });
    expect(await call(student, 'checkin', { code: late })).toMatchObject({ ok: false, code: 'ENDED' });
  });

  it('refuses a member who did not sign up, unless the activity takes walk-ins', async () => {
    await putMember('ci-walker', 'student');
    expect(await call('ci-walker', 'checkin', { code: (await currentCode(call, running)).code })).toMatchObject({
      ok: false,
      code: 'NOT_SIGNED_UP',
    });
    const open = await createActivity(call, { allowWalkIn: true });
    const walkIn = await call('ci-walker', 'checkin', { code: (await currentCode(call, open)).code });
    expect(walkIn).toMatchObject({ ok: true, data: { repeat: false, attendance: { openid: 'ci-walker', signedUpAt: null } } });
    expect(await call('dev-nobody', 'checkin', { code: (await currentCode(call, open)).code })).toMatchObject({
      ok: false,
      code: 'NOT_SIGNED_UP',
    });
  });

  it('asks for the location inside the check-in circle', async () => {
    const circled = await createActivity(call, { circle: { ...CAMPUS, radiusMeters: 200 } });
    const [near] = await signedUpStudents(call, circled, 'ci-near', 1);
    const { code } = await currentCode(call, circled);
    expect(await call(near, 'checkin', { code })).toMatchObject({ ok: false, code: 'LOCATION_REQUIRED' });
    expect(await call(near, 'checkin', { code, location: FAR_AWAY })).toMatchObject({ ok: false, code: 'OUTSIDE_AREA' });
    expect(await call(near, 'checkin', { code, location: { ...CAMPUS, accuracy: 30 } })).toMatchObject({
      ok: true,
      data: { repeat: false },
    });
  });

  it('answers operators and wrong types as bad input', async () => {
    for (const params of [
      { code: { $gt: '' } },
      { code: 42 },
      { code: 'v1.abc.def', location: { latitude: '22', longitude: 108 } },
      { code: 'v1.abc.def', extra: true },
    ]) {
      expect(await call(student, 'checkin', params)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
    expect(await call(student, 'signUp', { activityId: { $ne: null } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await call(student, 'get', { activityId: 'act_short' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
