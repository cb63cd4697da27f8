import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A dev session: who (openid) and until when (seconds since epoch). */
export interface Session {
  openid: string;
  expiresAt: number;
}

export const DEFAULT_SESSION_TTL_SECONDS = 7 * 24 * 3600;

const encode = (value: Buffer | string) => Buffer.from(value).toString('base64url');
const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest();

/** `v1.<base64url(json)>.<base64url(hmac)>` — versioned so the format can change without ambiguity. */
export const signSession = (secret: string, openid: string, ttlSeconds = DEFAULT_SESSION_TTL_SECONDS): string => {
  const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds;
  const body = `v1.${encode(JSON.stringify({ sub: openid, exp: expiresAt }))}`;
  return `${body}.${encode(mac(secret, body))}`;
};

/** The session a token carries, or null if it is malformed, forged or expired. */
export const verifySession = (secret: string, token: string): Session | null => {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'v1') return null;
  const body = `${parts[0]}.${parts[1]}`;
  const given = Buffer.from(parts[2], 'base64url');
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { sub, exp } = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { sub?: unknown; exp?: unknown };
    if (typeof sub !== 'string' || !sub || typeof exp !== 'number') return null;
    if (exp <= Math.floor(Date.now() / 1000)) return null;
    return { openid: sub, expiresAt: exp };
  } catch {
    return null;
  }
};

/**
 * The signing secret: STARFIRE_SESSION_SECRET if set, else one generated per data dir and kept
 * there, so tokens survive a restart of the same data dir but never work against another.
 */
export const loadSessionSecret = (dataDir: string): string => {
  if (process.env.STARFIRE_SESSION_SECRET) return process.env.STARFIRE_SESSION_SECRET;
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
};
