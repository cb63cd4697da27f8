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
