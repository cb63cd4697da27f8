import { readCloudbaseContext } from './cloudbase';

/**
 * The caller's openid, read only from the invocation's platform context. `context.environment`
 * is per invocation, so concurrent calls in one host never see each other's identity; the
 * payload is never consulted, and `auth().getUserInfo()` is avoided because it reads
 * process-global env. The current runtime's `environment` (a JSON string) is parsed here: the
 * SDK's reader also copies some thirty process-wide variables on every call (~3% of a check-in's
 * CPU) and would fall back to a process-wide WX_OPENID; only the old `environ` format uses it.
 */
export const readCallerOpenid = (context: unknown): string | null => {
  if (!context || typeof context !== 'object') return null;
  try {
    const { environment } = context as { environment?: unknown };
    const { WX_OPENID } =
      typeof environment === 'string' ? (JSON.parse(environment) as Record<string, unknown>) : readCloudbaseContext(context);
    return typeof WX_OPENID === 'string' && WX_OPENID.length > 0 ? WX_OPENID : null;
  } catch {
    // A malformed context (unparseable environment) is an unauthenticated call, not a crash.
    return null;
  }
};
