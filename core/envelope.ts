import type { ErrorCode } from './errors';

/** What every cloud function returns; `callFunction` delivers it as `res.result`. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string };

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
