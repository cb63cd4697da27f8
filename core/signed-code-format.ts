/**
 * The wire format of the signed codes the QR images carry — `v1.<payload>.<signature>`, both
 * base64url — and what the payload says. Only the backend signs and verifies (it holds the
 * secret); the app may `peekSignedCode` to decide, before calling, whether a scan is a check-in or
 * a check-out and whether to ask for the location. A peek is never trusted: the function verifies.
 */

/** Activity codes rotate every 20 s; the previous slot stays valid for a 10 s grace. */
export const ACTIVITY_CODE_ROTATE_SECONDS = 20;
export const ACTIVITY_CODE_GRACE_SECONDS = 10;
/** A member's personal code rotates every 60 s (a screenshot is useless a minute later). */
export const MEMBER_CODE_ROTATE_SECONDS = 60;
export const MEMBER_CODE_GRACE_SECONDS = 30;

export type ActivityCodeKind = 'in' | 'out';

/** What an activity code carries: enough for the check-in to decide without reading the activity. */
export interface ActivityCodePayload {
  t: ActivityCodeKind;
  /** Activity id. */
  a: string;
  /** Time slot: floor(epoch seconds / ACTIVITY_CODE_ROTATE_SECONDS). */
  s: number;
  /** Scanning opens (start − early margin) and closes (end + late margin), epoch seconds. */
  o: number;
  c: number;
  /** Check-in circle [latitude, longitude, radius m], or null. */
  g: [number, number, number] | null;
  /** 1 when members who did not sign up may walk in. */
  w: 0 | 1;
}

export interface MemberCodePayload {
  t: 'm';
  /** The member's openid. */
  u: string;
  s: number;
}

export type SignedCodePayload = ActivityCodePayload | MemberCodePayload;

export const SIGNED_CODE_VERSION = 'v1';

/*
 * base64url by hand: the mini-program runtime has neither btoa/atob nor TextEncoder. Payloads are
 * ASCII JSON (ids and openids are [A-Za-z0-9_-]), so one character is one byte.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const toBase64Url = (text: string): string => {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
    const bits = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += ALPHABET[(bits >> 18) & 63] + ALPHABET[(bits >> 12) & 63];
    if (i + 1 < text.length) out += ALPHABET[(bits >> 6) & 63];
    if (i + 2 < text.length) out += ALPHABET[bits & 63];
  }
  return out;
};

const fromBase64Url = (segment: string): string | null => {
  if (!/^[A-Za-z0-9_-]+$/.test(segment) || segment.length % 4 === 1) return null;
  let out = '';
  for (let i = 0; i < segment.length; i += 4) {
    const chunk = segment.slice(i, i + 4);
    const bits = [...chunk].reduce((acc, char, index) => acc | (ALPHABET.indexOf(char) << (18 - 6 * index)), 0);
    out += String.fromCharCode((bits >> 16) & 255);
    if (chunk.length > 2) out += String.fromCharCode((bits >> 8) & 255);
    if (chunk.length > 3) out += String.fromCharCode(bits & 255);
  }
  // Anything outside printable ASCII was not written by us.
  return /^[\x20-\x7e]*$/.test(out) ? out : null;
};

/** The payload segment of a code (the part the signature covers, with the version). */
export const encodePayload = (payload: SignedCodePayload): string => `${SIGNED_CODE_VERSION}.${toBase64Url(JSON.stringify(payload))}`;

/** Splits a code into its signed part and signature; null when it is not shaped like a code. */
export const splitSignedCode = (code: string): { signed: string; signature: string; payload: unknown } | null => {
  const parts = code.split('.');
  if (parts.length !== 3 || parts[0] !== SIGNED_CODE_VERSION || !parts[2]) return null;
  const json = fromBase64Url(parts[1]);
  if (json === null) return null;
  try {
    return { signed: `${parts[0]}.${parts[1]}`, signature: parts[2], payload: JSON.parse(json) as unknown };
  } catch {
    return null;
  }
};

/**
 * The code inside whatever a scan or a paste produced: the code itself, or a link carrying it as
 * `?code=` / `&code=`. Null when there is none.
 */
export const extractSignedCode = (scanned: string): string | null => {
  const text = scanned.trim();
  const fromLink = /[?&#]code=([A-Za-z0-9_.%-]+)/.exec(text);
  const candidate = fromLink ? decodeURIComponent(fromLink[1]) : text;
  return /^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(candidate) ? candidate : null;
};

/** Unverified look at a code's payload (app side: which action to call, whether to ask for location). */
export const peekSignedCode = (code: string): SignedCodePayload | null => {
  const split = splitSignedCode(code);
  const payload = split?.payload as Partial<SignedCodePayload> | undefined;
  if (!payload || typeof payload !== 'object') return null;
  if (payload.t === 'in' || payload.t === 'out' || payload.t === 'm') return payload as SignedCodePayload;
  return null;
};
