import { ActionError } from '../_lib/action-error';

/**
 * Keyset cursors for newest-first pages: the `createdAt` (ms) and `_id` of the last row, as
 * base64url JSON. Opaque to the app; a tampered cursor can only name another position.
 */
export interface FeedPosition {
  createdAt: Date;
  id: string;
}

export const encodeFeedCursor = (position: FeedPosition): string =>
  Buffer.from(JSON.stringify([position.createdAt.getTime(), position.id])).toString('base64url');

export const decodeFeedCursor = (cursor: string): FeedPosition => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return { createdAt: new Date(value[0] as number), id: value[1] };
    }
  } catch {
    // fall through: malformed JSON is the same bad input as a wrong shape
  }
  throw new ActionError('INVALID_INPUT', '提交的信息有误：cursor 分页参数不正确');
};
