import { z } from 'zod';

/**
 * A member's identity as the national volunteer platforms know it: the 志愿者编号 they issued, and
 * optionally an ID document. Only admins see the ID number (masked in lists); the national-platform
 * export writes it. Set by admins on 成员详情; the roster import may carry the 志愿者编号.
 */
export const ID_TYPES = ['resident', 'hkMacau', 'taiwan', 'passport', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const idTypeLabels: Record<IdType, string> = {
  resident: '居民身份证',
  hkMacau: '港澳居民来往内地通行证',
  taiwan: '台湾居民来往大陆通行证',
  passport: '护照',
  other: '其他证件',
};

export const volunteerNoSchema = z
  .string({ invalid_type_error: '应为文本' })
  .trim()
  .regex(/^[A-Za-z0-9-]{4,32}$/, '志愿者编号应为 4–32 位字母、数字或连字符');
export const idNumberSchema = z
  .string({ invalid_type_error: '应为文本' })
  .trim()
  .regex(/^[A-Za-z0-9()-]{5,24}$/, '证件号码应为 5–24 位字母或数字')
  .transform((value) => value.toUpperCase());

/** 公民身份号码 (GB 11643-1999): 17 digits and a check character computed over them (mod 11). */
export const residentIdValid = (id: string): boolean => {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return '10X98765432'[sum % 11] === id[17];
};

/** Why this ID number cannot be right for its type, or null. */
export const idNumberProblem = (idType: IdType, idNumber: string): string | null =>
  idType === 'resident' && !residentIdValid(idNumber) ? '身份证号码校验位不正确' : null;

/** What a member's identity holds (all optional). */
export interface MemberIdentity {
  volunteerNo: string | null;
  idType: IdType | null;
  /** In full on 成员详情 for admins; masked (`4501**********1234`) in lists. */
  idNumber: string | null;
}
