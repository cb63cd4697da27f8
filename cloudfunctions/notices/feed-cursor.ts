import { ActionError } from '../_lib/action-error';
import type { FeedPosition } from './feed.repository';

/** Opaque to the app: base64url JSON `[pinRank, publishedAt ms, id]`. */
export const encodeCursor = (position: FeedPosition): string =>
  Buffer.from(JSON.stringify([position.pinRank, position.publishedAt.getTime(), position.id])).toString('base64url');

export const decodeCursor = (cursor: string): FeedPosition => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      (value[0] === 0 || value[0] === 1) &&
      Number.isSafeInteger(value[1]) &&
      typeof value[2] === 'string'
    ) {
      return { pinRank: value[0] as number, publishedAt: new Date(value[1] as number), id: value[2] };
    }
  } catch {
    // malformed JSON is the same bad input as a wrong shape
  }
  throw new ActionError('INVALID_INPUT', '提交的信息有误：cursor 分页参数不正确');
};

/** The same encoding for (time, id) keysets of the author's lists. */
export const encodeTimeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.getTime(), id])).toString('base64url');

export const decodeTimeCursor = (cursor: string): { at: Date; id: string } => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return { at: new Date(value[0] as number), id: value[1] };
    }
  } catch {
    // as above
  }
  throw new ActionError('INVALID_INPUT', '提交的信息有误：cursor 分页参数不正确');
};
