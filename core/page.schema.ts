import { z } from 'zod';

/**
 * Paging, shared by every list contract. A cursor is opaque to the app: base64url text handed out
 * by the previous page (the server's keyset kit, cloudfunctions/_lib/keyset, decodes and checks it).
 */
export const MAX_CURSOR_LENGTH = 300;

export const cursorSchema = z
  .string({ invalid_type_error: '应为文本' })
  .max(MAX_CURSOR_LENGTH, '翻页位置无效，请下拉刷新后重试')
  .regex(/^[A-Za-z0-9_-]+$/, '翻页位置无效，请下拉刷新后重试');

export const pageLimitSchema = z.number({ invalid_type_error: '应为数字' }).int('应为整数').min(1).max(50).default(20);

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
