import { ActionError } from '../_lib/action-error';

/** Opaque to the app: base64url JSON `[checkedInAt ms | null, attendance id]`. */
export const encodeAttendanceCursor = (at: Date | null, id: string): string =>
  Buffer.from(JSON.stringify([at ? at.getTime() : null, id])).toString('base64url');

export const decodeAttendanceCursor = (cursor: string): { at: Date | null; id: string } => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || Number.isSafeInteger(value[0])) &&
      typeof value[1] === 'string'
    ) {
      return { at: value[0] === null ? null : new Date(value[0] as number), id: value[1] };
    }
  } catch {
    // malformed JSON is the same bad input as a wrong shape
  }
  throw new ActionError('INVALID_INPUT', '提交的信息有误：cursor 分页参数不正确');
};
