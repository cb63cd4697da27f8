/**
 * The first admins come from deploy-time configuration, never from a client call: the function's
 * environment variable STARFIRE_ADMIN_OPENIDS (comma-separated), set in the CloudBase console or
 * cloudbaserc.json. Read on each call so a changed configuration needs no code change.
 */
export const isConfiguredAdmin = (openid: string): boolean =>
  (process.env.STARFIRE_ADMIN_OPENIDS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .some((entry) => entry.length > 0 && entry === openid);
