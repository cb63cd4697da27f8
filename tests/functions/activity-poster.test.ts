import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { activityIdOfScene } from '@core/activity-scene';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { createActivity, minutesFromNow } from './activities-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { readCodeRequests } from './invoke-function';

jest.setTimeout(120_000);

const decodeQr = (dataUrl: string): string | null => {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
};

describe('activities.poster: the code a poster carries, through the open API (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'activities'>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    call = functionClient(local, 'activities');
  });
  afterAll(() => local.close());

  test('anyone signed in gets the code; getUnlimited receives the detail page and a scene that names the activity', async () => {
    const activityId = await createActivity(call, { startAt: minutesFromNow(24 * 60), endAt: minutesFromNow(26 * 60) });
    // A WeChat user who never bound a membership (a guest) can spread it too.
    const reply = await call('o-poster-guest', 'poster', { activityId });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    expect(reply.data.page).toBe('packages/activities/detail/index');
    expect(reply.data.scene.length).toBeLessThanOrEqual(32);
    expect(activityIdOfScene(reply.data.scene)).toBe(activityId);

    const [made] = await readCodeRequests(local.emulatorUrl);
    expect(made).toMatchObject({ page: 'packages/activities/detail/index', scene: reply.data.scene, envVersion: 'release', width: 430 });
    // Locally the code is a QR of the H5 link to the same page and scene; scanned, it opens the activity.
    const link = decodeQr(reply.data.codeImage);
    expect(link).toBe(made.link);
    const url = new URL(link!.replace('/#/', '/'));
    expect(url.pathname).toBe('/packages/activities/detail/index');
    expect(activityIdOfScene(url.searchParams.get('scene')!)).toBe(activityId);
  });

  test('the code is made once per activity: a second open, by anyone, reads the kept code without the open API', async () => {
    const activityId = await createActivity(call, { startAt: minutesFromNow(24 * 60), endAt: minutesFromNow(26 * 60) });
    const before = (await readCodeRequests(local.emulatorUrl)).length;
    // Two first opens at once: both answer a code that opens the activity; at most these two are made.
    const [first, second] = await Promise.all([call('dev-student', 'poster', { activityId }), call('dev-admin', 'poster', { activityId })]);
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    const made = (await readCodeRequests(local.emulatorUrl)).length - before;
    expect(made).toBeGreaterThanOrEqual(1);
    expect(made).toBeLessThanOrEqual(2);

    const again = await call('o-poster-guest', 'poster', { activityId });
    const third = await call('dev-student', 'poster', { activityId });
    if (!again.ok || !third.ok) throw new Error(JSON.stringify([again, third]));
    expect(await readCodeRequests(local.emulatorUrl)).toHaveLength(before + made);
    expect(third.data.codeImage).toBe(again.data.codeImage);
    expect([first.data.codeImage, second.data.codeImage]).toContain(again.data.codeImage);
    const scanned = new URL(decodeQr(again.data.codeImage)!.replace('/#/', '/'));
    expect(activityIdOfScene(scanned.searchParams.get('scene')!)).toBe(activityId);

    // Another activity has a code of its own.
    const other = await createActivity(call, { startAt: minutesFromNow(24 * 60), endAt: minutesFromNow(26 * 60) });
    const otherCode = await call('dev-student', 'poster', { activityId: other });
    if (!otherCode.ok) throw new Error(JSON.stringify(otherCode));
    expect(otherCode.data.codeImage).not.toBe(again.data.codeImage);
    expect(await readCodeRequests(local.emulatorUrl)).toHaveLength(before + made + 1);
  });

  test('a cancelled activity answers its reason, an ended one ACTIVITY_STATE, and no code is made for either', async () => {
    const before = (await readCodeRequests(local.emulatorUrl)).length;
    const cancelled = await createActivity(call, { startAt: minutesFromNow(24 * 60), endAt: minutesFromNow(26 * 60) });
    const cancel = await call('dev-admin', 'cancel', { activityId: cancelled, reason: '天气原因' });
    expect(cancel.ok).toBe(true);
    const refused = await call('dev-student', 'poster', { activityId: cancelled });
    expect(refused).toMatchObject({ ok: false, code: 'ACTIVITY_CANCELLED' });
    expect(!refused.ok && refused.message).toContain('天气原因');

    const ended = await createActivity(call, {
      startAt: minutesFromNow(-180),
      endAt: minutesFromNow(-60),
      signUpOpensAt: minutesFromNow(-300),
      signUpClosesAt: minutesFromNow(-200),
    });
    expect(await call('dev-student', 'poster', { activityId: ended })).toMatchObject({ ok: false, code: 'ACTIVITY_STATE' });
    expect(await call('dev-student', 'poster', { activityId: 'act_00000000000000000000' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('dev-student', 'poster', { activityId: 'act-short' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await readCodeRequests(local.emulatorUrl)).toHaveLength(before);
  });
});
