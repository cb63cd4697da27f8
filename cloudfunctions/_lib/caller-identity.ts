import { readCloudbaseContext } from './cloudbase';

/**
 * The caller's openid, read only from the invocation's platform context. `context.environment`
 * is per invocation, so concurrent calls in one host never see each other's identity; the
 * payload is never consulted, and `auth().getUserInfo()` is avoided because it reads
 * process-global env.
 */
export const readCallerOpenid = (context: unknown): string | null => {
  if (!context || typeof context !== 'object') return null;
  try {
    const { WX_OPENID } = readCloudbaseContext(context);
    return typeof WX_OPENID === 'string' && WX_OPENID.length > 0 ? WX_OPENID : null;
  } catch {
    // A malformed context (unparseable environment) is an unauthenticated call, not a crash.
    return null;
  }
};
