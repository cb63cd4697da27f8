import { z } from 'zod';

/**
 * A single-line user-typed string: trimmed, bounded, free of control characters.
 * Objects such as `{"$gt": ""}` fail here because zod accepts only a real string.
 */
export const shortText = (max: number) =>
  z
    .string({ invalid_type_error: '应为文本' })
    .trim()
    .max(max, `不能超过 ${max} 个字`)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), '不能包含控制字符');

/** A document id chosen by the server (openid, seeded id, generated id). */
export const documentId = z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确');
