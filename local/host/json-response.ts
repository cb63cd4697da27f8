import type { ServerResponse } from 'node:http';
import { errorMessages, type ErrorCode } from '@core/errors';

export const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
};

/** Error envelopes leave with HTTP 200 like every envelope, except 401 (and 405/404 for wrong routes). */
export const sendFailure = (res: ServerResponse, code: ErrorCode, status = 200, message: string = errorMessages[code]): void =>
  sendJson(res, status, { ok: false, code, message });
