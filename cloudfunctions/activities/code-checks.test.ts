import type { ActivityCodePayload } from '@core/signed-code-format';
import { requireActivityCode, requireInsideCircle, requireMemberCode, requireScanWindow } from './code-checks';
import { ACTIVITY_ROTATION, signCode, slotAt } from './signed-code';

const NOW = new Date('2026-03-05T02:00:05.000Z');
const slot = slotAt(NOW, ACTIVITY_ROTATION);
const inCode: ActivityCodePayload = { t: 'in', a: 'act_ABCDEFGHIJKLMNOPQRST', s: slot, o: 0, c: 2e9, g: null, w: 0 };

const refusal = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('scan checks (no database)', () => {
  const saved = process.env.STARFIRE_CHECKIN_SECRET;
  beforeAll(() => (process.env.STARFIRE_CHECKIN_SECRET = 'unit-test-secret-0123456789abcdefghijklmnop'));
  afterAll(() => (saved === undefined ? delete process.env.STARFIRE_CHECKIN_SECRET : (process.env.STARFIRE_CHECKIN_SECRET = saved)));

  it('accepts the right kind of code in its slot', () => {
    expect(requireActivityCode(signCode(inCode), 'in', NOW)).toEqual(inCode);
  });

  it('refuses a member code, and a check-out code at check-in (and the reverse), as forged', () => {
    expect(refusal(() => requireActivityCode(signCode({ t: 'm', u: 'dev-student', s: slot }), 'in', NOW))).toBe('CODE_FORGED');
    expect(refusal(() => requireActivityCode(signCode({ ...inCode, t: 'out' }), 'in', NOW))).toBe('CODE_FORGED');
    expect(refusal(() => requireActivityCode(signCode(inCode), 'out', NOW))).toBe('CODE_FORGED');
    expect(refusal(() => requireMemberCode(signCode(inCode), NOW))).toBe('CODE_FORGED');
  });

  it('checks the signature before the slot: an old forged code is forged, an old genuine one expired', () => {
    const old = signCode({ ...inCode, s: slot - 3 });
    expect(refusal(() => requireActivityCode(old, 'in', NOW))).toBe('CODE_EXPIRED');
    expect(refusal(() => requireActivityCode(`${old.slice(0, -2)}AA`, 'in', NOW))).toBe('CODE_FORGED');
  });

  it('opens at o and closes after c (epoch seconds)', () => {
    const seconds = NOW.getTime() / 1000;
    expect(refusal(() => requireScanWindow({ o: seconds + 1, c: seconds + 100 }, NOW))).toBe('NOT_STARTED');
    expect(refusal(() => requireScanWindow({ o: seconds - 100, c: seconds - 1 }, NOW))).toBe('ENDED');
    expect(refusal(() => requireScanWindow({ o: seconds, c: seconds }, NOW))).toBeUndefined();
  });

  it('needs a location inside the circle only where there is one', () => {
    const circle: [number, number, number] = [22.8167, 108.3669, 100];
    expect(refusal(() => requireInsideCircle(null, undefined))).toBeUndefined();
    expect(refusal(() => requireInsideCircle(circle, undefined))).toBe('LOCATION_REQUIRED');
    expect(refusal(() => requireInsideCircle(circle, { latitude: 22.8177, longitude: 108.3669 }))).toBe('OUTSIDE_AREA');
    expect(refusal(() => requireInsideCircle(circle, { latitude: 22.8172, longitude: 108.3669 }))).toBeUndefined();
  });
});
