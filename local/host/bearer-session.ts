import type { IncomingMessage } from 'node:http';
import { verifySession, type Session } from './session-token';

/** The session of `Authorization: Bearer <token>`, or null for missing, forged or expired tokens. */
export const sessionFromRequest = (secret: string, req: IncomingMessage): Session | null => {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? verifySession(secret, match[1]) : null;
};
