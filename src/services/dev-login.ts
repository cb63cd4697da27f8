/**
 * H5-only sign-in against the local CloudBase: pick a seeded persona, get a session
 * token, then register through `users.login` exactly as WeChat users do at launch.
 */
import type { Envelope } from '@core/envelope';
import { errorMessages } from '@core/errors';
import { asEnvelope, networkFailure } from './envelope-guard';
import { postJson } from './http-gateway';
import { saveSessionToken } from './session';
import { login } from './users';
import type { LoginResult } from '@core/users.contract';

/** The seeded personas of the local CloudBase. */
export type Persona = 'teacher' | 'student' | 'leader' | 'admin';

/** A seeded persona, or any well-formed openid (a brand-new user for tests and demos). */
export type DevIdentity = { persona: Persona } | { openid: string };

export async function devSignIn(identity: DevIdentity): Promise<Envelope<LoginResult>> {
  let session: Envelope<{ token: string }>;
  try {
    const reply = await postJson('/api/dev/login', identity);
    session = asEnvelope<{ token: string }>(reply.body);
  } catch {
    return networkFailure();
  }
  if (!session.ok) return session;
  if (typeof session.data?.token !== 'string') return { ok: false, code: 'INTERNAL', message: errorMessages.INTERNAL };
  saveSessionToken(session.data.token);
  return login();
}

/** Whom the local CloudBase offers: a bare start has no personas, only the configured admins. */
export interface DevIdentities {
  bare: boolean;
  admins: string[];
}

export async function devIdentities(): Promise<DevIdentities> {
  try {
    const reply = asEnvelope<DevIdentities>((await postJson('/api/dev/identities', {})).body);
    if (reply.ok && Array.isArray(reply.data?.admins)) return { bare: reply.data.bare === true, admins: reply.data.admins };
  } catch {
    // An older host without the route: the seeded personas.
  }
  return { bare: false, admins: [] };
}

/** A fresh openid nobody has used: `dev-new-` + 12 random letters/digits, within the host's 64-char rule. */
export function newTestOpenid(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let suffix = '';
  for (let i = 0; i < 12; i += 1) suffix += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `dev-new-${suffix}`;
}
