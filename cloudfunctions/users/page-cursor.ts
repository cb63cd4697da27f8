import { ActionError } from '../_lib/action-error';

/**
 * Keyset cursors: the sort key and `_id` of the last row of a page, as base64url JSON. Opaque to
 * the app; a tampered cursor can only name a position, and anything malformed is INVALID_INPUT.
 */
export type CursorKey = string | number;

export const encodeCursor = (key: CursorKey, id: string): string => Buffer.from(JSON.stringify([key, id])).toString('base64url');

export const decodeCursor = (cursor: string, keyType: 'string' | 'number'): { key: CursorKey; id: string } => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === keyType && typeof value[1] === 'string') {
      return { key: value[0] as CursorKey, id: value[1] };
    }
  } catch {
    // fall through: malformed JSON is the same bad input as a wrong shape
  }
  throw new ActionError('INVALID_INPUT', '提交的信息有误：cursor 分页参数不正确');
};
