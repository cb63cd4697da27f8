import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  ACTIVITY_CODE_GRACE_SECONDS,
  ACTIVITY_CODE_ROTATE_SECONDS,
  MEMBER_CODE_GRACE_SECONDS,
  MEMBER_CODE_ROTATE_SECONDS,
  encodePayload,
  splitSignedCode,
  type SignedCodePayload,
} from '@core/signed-code-format';
import { ActionError } from '../_lib/action-error';

/** 16 bytes of HMAC-SHA256: 128 bits is far beyond guessing within a 30 s code life, and keeps the QR small. */
const SIGNATURE_BYTES = 16;
const MIN_SECRET_LENGTH = 32;

/** The backend-only signing secret; missing or short is a deployment fault, never a silent weak key. */
export const checkinSecret = (): string => {
  const secret = process.env.STARFIRE_CHECKIN_SECRET ?? '';
  if (secret.length < MIN_SECRET_LENGTH) {
    console.error(
      `[activities] STARFIRE_CHECKIN_SECRET is missing or shorter than ${MIN_SECRET_LENGTH} characters; codes cannot be signed`,
    );
    throw new ActionError('INTERNAL');
  }
  return secret;
};

const signatureOf = (signed: string, secret: string): Buffer =>
  createHmac('sha256', secret).update(signed).digest().subarray(0, SIGNATURE_BYTES);

export const signCode = (payload: SignedCodePayload, secret = checkinSecret()): string => {
  const signed = encodePayload(payload);
  return `${signed}.${signatureOf(signed, secret).toString('base64url')}`;
};

const isPayload = (value: unknown): value is SignedCodePayload => {
  const payload = value as Partial<SignedCodePayload> | null;
  if (!payload || typeof payload !== 'object' || !Number.isSafeInteger(payload.s)) return false;
  if (payload.t === 'm') return typeof payload.u === 'string';
  return (
    (payload.t === 'in' || payload.t === 'out') && typeof payload.a === 'string' && Number.isFinite(payload.o) && Number.isFinite(payload.c)
  );
};

/** The payload when the signature is ours, else 'forged'. The time slot is checked separately (`isSlotCurrent`). */
export const verifyCode = (code: string, secret = checkinSecret()): SignedCodePayload | 'forged' => {
  const split = splitSignedCode(code);
  if (!split) return 'forged';
  const given = Buffer.from(split.signature, 'base64url');
  const expected = signatureOf(split.signed, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  return isPayload(split.payload) ? split.payload : 'forged';
};

export interface Rotation {
  rotateSeconds: number;
  graceSeconds: number;
}

export const ACTIVITY_ROTATION: Rotation = { rotateSeconds: ACTIVITY_CODE_ROTATE_SECONDS, graceSeconds: ACTIVITY_CODE_GRACE_SECONDS };
export const MEMBER_ROTATION: Rotation = { rotateSeconds: MEMBER_CODE_ROTATE_SECONDS, graceSeconds: MEMBER_CODE_GRACE_SECONDS };

export const slotAt = (now: Date, rotation: Rotation): number => Math.floor(now.getTime() / 1000 / rotation.rotateSeconds);

/** When the code of `slot` stops being the one on screen. */
export const slotEndsAt = (slot: number, rotation: Rotation): Date => new Date((slot + 1) * rotation.rotateSeconds * 1000);

/**
 * The current slot, or the previous one within the grace after the rotation (a student who
 * scanned just before the screen changed). A future slot is refused too: only we sign, so it can
 * only come from a skewed clock, and accepting it would stretch a code's life.
 */
export const isSlotCurrent = (slot: number, now: Date, rotation: Rotation): boolean => {
  const current = slotAt(now, rotation);
  if (slot === current) return true;
  const sinceRotation = now.getTime() - current * rotation.rotateSeconds * 1000;
  return slot === current - 1 && sinceRotation < rotation.graceSeconds * 1000;
};
