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

export async function devSignIn(persona: Persona): Promise<Envelope<LoginResult>> {
  let session: Envelope<{ token: string }>;
  try {
    const reply = await postJson('/api/dev/login', { persona });
    session = asEnvelope<{ token: string }>(reply.body);
  } catch {
    return networkFailure();
  }
  if (!session.ok) return session;
  if (typeof session.data?.token !== 'string') return { ok: false, code: 'INTERNAL', message: errorMessages.INTERNAL };
  saveSessionToken(session.data.token);
  return login();
}
