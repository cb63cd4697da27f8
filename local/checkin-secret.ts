import { randomBytes } from 'node:crypto';

/**
 * The check-in signing secret the functions read from `STARFIRE_CHECKIN_SECRET`. Deployed, it is
 * an environment variable of the function (cloudbaserc.json); locally, when unset, one is made
 * for this process — the host runs functions in-process, so they inherit it, and codes signed
 * before a restart stop verifying, as they would after a rotation of the real secret.
 */
export const ensureCheckinSecret = (): string => {
  const current = process.env.STARFIRE_CHECKIN_SECRET;
  if (current && current.length >= 32) return current;
  const secret = randomBytes(32).toString('base64url');
  process.env.STARFIRE_CHECKIN_SECRET = secret;
  return secret;
};
