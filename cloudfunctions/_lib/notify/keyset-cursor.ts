import { ActionError } from '../action-error';

/**
 * An opaque page cursor: the last row's time (ms) and `_id`, as base64url JSON. A tampered cursor
 * can only name another position; anything malformed is INVALID_INPUT.
 */
export const encodeKeysetCursor = (at: number, id: string): string => Buffer.from(JSON.stringify([at, id])).toString('base64url');

export const decodeKeysetCursor = (cursor: string): { at: number; id: string } => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && typeof value[1] === 'string') {
      return { at: value[0] as number, id: value[1] };
    }
  } catch {
    // malformed JSON is the same bad input as a wrong shape
  }
  throw new ActionError('INVALID_INPUT', '提交的信息有误：cursor 分页参数不正确');
};
