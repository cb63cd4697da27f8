import { z } from 'zod';
import { fieldMessages, MEMBER_NO_PATTERN, PHONE_PATTERN } from './membership-fields';
import { shortText } from './text.schema';

/**
 * Field schemas of the membership actions. Each accepts only a real string (so `{"$ne": null}`
 * fails with a type error) and is bounded before anything reaches a query.
 */

/** Student or staff number: 6–20 letters or digits, upper-cased so `t2015031` and `T2015031` are one number. */
export const memberNoSchema = z
  .string({ invalid_type_error: '应为文本' })
  .trim()
  .regex(MEMBER_NO_PATTERN, fieldMessages.memberNo)
  .transform((value) => value.toUpperCase());

/** A mainland mobile number (11 digits starting 13–19). */
export const phoneSchema = z.string({ invalid_type_error: '应为文本' }).trim().regex(PHONE_PATTERN, fieldMessages.phone);

export const personNameSchema = shortText(20).pipe(z.string().min(1, fieldMessages.nameRequired));

export const reasonSchema = shortText(100);

/** Opaque paging cursor handed out by a previous page (base64url). */
export const cursorSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Za-z0-9_-]{1,300}$/, '分页参数不正确');

export const pageLimitSchema = z.number({ invalid_type_error: '应为数字' }).int('应为整数').min(1).max(50).default(20);

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
