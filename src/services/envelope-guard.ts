import type { Envelope } from '@core/envelope';
import { errorMessages, isErrorCode } from '@core/errors';

/** What a caller sees when the call never reached a function. */
export const networkFailure = <T>(): Envelope<T> => ({ ok: false, code: 'NETWORK', message: errorMessages.NETWORK });

/**
 * Functions are ours, but the wire is not: anything that is not a well-formed
 * envelope (a proxy's HTML error page, an empty body) is reported as an internal error
 * instead of leaking `undefined` into pages.
 */
export function asEnvelope<T>(value: unknown): Envelope<T> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const reply = value as { ok: unknown; data?: unknown; code?: unknown; message?: unknown };
    if (reply.ok === true) return { ok: true, data: reply.data as T };
    if (reply.ok === false && isErrorCode(reply.code)) {
      const message = typeof reply.message === 'string' && reply.message ? reply.message : errorMessages[reply.code];
      return { ok: false, code: reply.code, message };
    }
  }
  return { ok: false, code: 'INTERNAL', message: errorMessages.INTERNAL };
}
