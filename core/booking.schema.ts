import { z } from 'zod';
import { DEFAULT_BOOKING_WINDOW } from './booking-window';
import { CLOCK_PATTERN, isRealDay } from './shanghai-time';
import { longText, shortText } from './text.schema';

/** Field schemas of the bookings actions: real strings only, bounded before anything reaches a query. */

const required = (schema: z.ZodString | z.ZodEffects<z.ZodString>, message: string) => schema.pipe(z.string().min(1, message));

export const daySchema = z.string({ invalid_type_error: '应为日期' }).refine(isRealDay, '日期格式应为 YYYY-MM-DD');

export const clockSchema = z.string({ invalid_type_error: '应为时间' }).regex(CLOCK_PATTERN, '时间格式应为 HH:mm');

/** Slot ids are `${serviceId}_${yyyymmdd}_${hhmm}`, so a little longer than other ids. */
export const slotIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Za-z0-9_-]{1,100}$/, '时段编号格式不正确');

/** `${slotId}:${openid}` */
export const bookingIdSchema = z
  .string({ invalid_type_error: '应为文本' })
  .regex(/^[A-Za-z0-9_-]{1,100}:[A-Za-z0-9_-]{1,64}$/, '预约编号格式不正确');

/** Mainland plates: province character, letter, 5 (fuel) or 6 (new energy) letters/digits; spaces and dots dropped. */
export const plateSchema = z
  .string({ invalid_type_error: '应为文本' })
  .transform((value) => value.replace(/[\s·.]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{4,5}[A-Z0-9\u4e00-\u9fa5]$/, '车牌号格式不正确，例如 桂A12345'));

/** A storage fileID as the platform hands it out (`cloud://env.bucket/path`). */
export const fileIdSchema = z
  .string({ invalid_type_error: '应为文本' })
  .regex(/^cloud:\/\/[A-Za-z0-9._-]{1,100}\/[A-Za-z0-9._/-]{1,300}$/, '图片编号格式不正确');

export const MAX_BOOKING_PHOTOS = 3;

export const bookingDetailsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('car'),
    plate: plateSchema,
    model: required(shortText(30), '请填写车型'),
    colour: required(shortText(10), '请填写颜色'),
  }),
  z.object({
    kind: z.literal('pc'),
    brand: required(shortText(30), '请填写电脑品牌'),
    symptom: required(longText(300), '请描述故障现象'),
  }),
  z.object({ kind: z.literal('none') }),
]);

export const bookingWindowSchema = z.object({
  minLeadMinutes: z
    .number()
    .int('应为整数')
    .min(0)
    .max(7 * 24 * 60)
    .default(DEFAULT_BOOKING_WINDOW.minLeadMinutes),
  maxAheadDays: z.number().int('应为整数').min(1).max(60).default(DEFAULT_BOOKING_WINDOW.maxAheadDays),
  cancelCutoffMinutes: z
    .number()
    .int('应为整数')
    .min(0)
    .max(7 * 24 * 60)
    .default(DEFAULT_BOOKING_WINDOW.cancelCutoffMinutes),
});

export const reasonText = required(shortText(100), '请填写原因');

export { required as requiredText };

/** The booker of a booking: its id is `${slotId}:${openid}`. */
export const bookerOfBookingId = (bookingId: string): string => bookingId.slice(bookingId.lastIndexOf(':') + 1);
