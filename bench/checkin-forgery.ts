import { createHmac, randomBytes } from 'node:crypto';
import { encodePayload, splitSignedCode, type ActivityCodePayload } from '@core/signed-code-format';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Another base64url character at `index`; never the last one, whose low bits may be padding. */
const flipAt = (segment: string, index: number): string => {
  const at = index % Math.max(1, segment.length - 1);
  const replacement = B64URL[(B64URL.indexOf(segment[at]) + 1 + (index % 60)) % 64];
  return segment.slice(0, at) + replacement + segment.slice(at + 1);
};

/** What a forger would change in a genuine payload to get in where they should not. */
const PAYLOAD_EDITS: ((payload: ActivityCodePayload, i: number) => ActivityCodePayload)[] = [
  (payload, i) => ({ ...payload, c: payload.c + 86_400 * (1 + (i % 7)) }),
  (payload) => ({ ...payload, w: 1 }),
  (payload, i) => ({ ...payload, s: payload.s + 1 + (i % 5) }),
  (payload) => ({ ...payload, t: payload.t === 'in' ? 'out' : 'in' }),
  (payload) => ({ ...payload, o: 0 }),
  // Drop the circle (or, where there is none, draw one around the forger).
  (payload) => ({ ...payload, g: payload.g ? null : [22.81, 108.37, 5000] }),
  (payload, i) => ({ ...payload, a: `act_${'Forged'.padEnd(20, String(i % 10))}` }),
];

/**
 * `count` forged variants of a genuine activity code: a tampered signature, a tampered payload
 * under the genuine signature, a truncated signature, one signed with a guessed secret, and the
 * genuine payload carrying the other kind's signature. None may be accepted.
 */
export const forgeCodes = (genuine: string, otherKindGenuine: string, count: number): string[] => {
  const split = splitSignedCode(genuine);
  const other = splitSignedCode(otherKindGenuine);
  if (!split || !other) throw new Error('forgeCodes needs two genuine codes');
  const payload = split.payload as ActivityCodePayload;
  const guessedSecret = randomBytes(32);
  const forged: string[] = [];
  for (let i = 0; forged.length < count; i += 1) {
    switch (i % 5) {
      case 0:
        forged.push(`${split.signed}.${flipAt(split.signature, i)}`);
        break;
      case 1:
        forged.push(`${encodePayload(PAYLOAD_EDITS[i % PAYLOAD_EDITS.length](payload, i))}.${split.signature}`);
        break;
      case 2:
        forged.push(`${split.signed}.${split.signature.slice(0, Math.max(1, split.signature.length - 1 - (i % 20)))}`);
        break;
      case 3:
        forged.push(
          `${split.signed}.${createHmac('sha256', guessedSecret).update(split.signed).digest().subarray(0, 16).toString('base64url')}`,
        );
        break;
      default:
        forged.push(`${split.signed}.${other.signature}`);
    }
  }
  // A "forgery" equal to the genuine code would be a bug of this file, not of the verifier.
  if (forged.includes(genuine)) throw new Error('forgeCodes produced the genuine code');
  return forged;
};
