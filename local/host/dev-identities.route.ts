import type { ServerResponse } from 'node:http';
import { sendJson } from './json-response';

/** The first admins named by deploy configuration (comma-separated openids). */
export const configuredAdminOpenids = (): string[] =>
  (process.env.STARFIRE_ADMIN_OPENIDS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => /^[A-Za-z0-9_-]{1,64}$/.test(entry));

/**
 * `POST /api/dev/identities` — local only: whom the sign-in page offers. A bare start has no
 * personas, only the admins of STARFIRE_ADMIN_OPENIDS (and brand-new users).
 */
export const handleDevIdentities = (bare: boolean, res: ServerResponse): void =>
  sendJson(res, 200, { ok: true, data: { bare, admins: configuredAdminOpenids() } });
