import type { ActivityCodePayload, MemberCodePayload } from '@core/signed-code-format';
import { ACTIVITY_ROTATION, MEMBER_ROTATION, checkinSecret, isSlotCurrent, signCode, slotAt, verifyCode } from './signed-code';

const SECRET = 'unit-test-secret-0123456789abcdefghijklmnop';
const OTHER_SECRET = 'another-secret-0123456789abcdefghijklmnopqr';
const activityCode: ActivityCodePayload = { t: 'in', a: 'act_ABCDEFGHIJKLMNOPQRST', s: 88_000_000, o: 1, c: 2, g: null, w: 0 };
const memberCode: MemberCodePayload = { t: 'm', u: 'dev-student', s: 29_000_000 };

const flipLast = (text: string) => text.slice(0, -1) + (text.endsWith('A') ? 'B' : 'A');

describe('signed codes', () => {
  it('verifies a code it signed and answers its payload', () => {
    expect(verifyCode(signCode(activityCode, SECRET), SECRET)).toEqual(activityCode);
    expect(verifyCode(signCode(memberCode, SECRET), SECRET)).toEqual(memberCode);
  });

  it('refuses a tampered payload, a tampered or truncated signature, and a truncated code', () => {
    const code = signCode(activityCode, SECRET);
    const [version, payload, signature] = code.split('.');
    const otherPayload = signCode({ ...activityCode, a: 'act_ZZZZZZZZZZZZZZZZZZZZ' }, SECRET).split('.')[1];
    expect(verifyCode(`${version}.${otherPayload}.${signature}`, SECRET)).toBe('forged');
    expect(verifyCode(`${version}.${payload}.${flipLast(signature)}`, SECRET)).toBe('forged');
    expect(verifyCode(`${version}.${payload}.${signature.slice(0, 10)}`, SECRET)).toBe('forged');
    expect(verifyCode(`${version}.${payload}`, SECRET)).toBe('forged');
    expect(verifyCode(code.slice(0, 20), SECRET)).toBe('forged');
    expect(verifyCode('', SECRET)).toBe('forged');
  });

  it('refuses a code signed with another secret and a code of another version', () => {
    expect(verifyCode(signCode(activityCode, OTHER_SECRET), SECRET)).toBe('forged');
    expect(verifyCode(signCode(activityCode, SECRET).replace(/^v1\./, 'v2.'), SECRET)).toBe('forged');
  });

  it('answers a member code as a member payload, so it can never pass as an activity code', () => {
    const payload = verifyCode(signCode(memberCode, SECRET), SECRET);
    expect(payload).not.toBe('forged');
    expect((payload as MemberCodePayload).t).toBe('m');
  });

  it('accepts the current slot and the previous one only within the grace', () => {
    const rotation = ACTIVITY_ROTATION;
    const slotStart = new Date(1_000_000 * rotation.rotateSeconds * 1000);
    const slot = slotAt(slotStart, rotation);
    const at = (seconds: number) => new Date(slotStart.getTime() + seconds * 1000);
    expect(isSlotCurrent(slot, at(0), rotation)).toBe(true);
    expect(isSlotCurrent(slot, at(rotation.rotateSeconds - 0.001), rotation)).toBe(true);
    // One rotation later: the previous slot lives for the grace, not a millisecond more.
    expect(isSlotCurrent(slot, at(rotation.rotateSeconds + rotation.graceSeconds - 0.001), rotation)).toBe(true);
    expect(isSlotCurrent(slot, at(rotation.rotateSeconds + rotation.graceSeconds), rotation)).toBe(false);
    expect(isSlotCurrent(slot - 2, at(0), rotation)).toBe(false);
    expect(isSlotCurrent(slot + 1, at(0), rotation)).toBe(false);
  });

  it('gives member codes their longer rotation and grace', () => {
    const slotStart = new Date(500_000 * MEMBER_ROTATION.rotateSeconds * 1000);
    const slot = slotAt(slotStart, MEMBER_ROTATION);
    expect(isSlotCurrent(slot, new Date(slotStart.getTime() + 89_999), MEMBER_ROTATION)).toBe(true);
    expect(isSlotCurrent(slot, new Date(slotStart.getTime() + 90_000), MEMBER_ROTATION)).toBe(false);
  });

  it('refuses to sign without a long enough secret', () => {
    const saved = process.env.STARFIRE_CHECKIN_SECRET;
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      process.env.STARFIRE_CHECKIN_SECRET = 'short';
      expect(() => checkinSecret()).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
      delete process.env.STARFIRE_CHECKIN_SECRET;
      expect(() => signCode(activityCode)).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    } finally {
      if (saved === undefined) delete process.env.STARFIRE_CHECKIN_SECRET;
      else process.env.STARFIRE_CHECKIN_SECRET = saved;
      error.mockRestore();
    }
  });
});
