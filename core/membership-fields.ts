import type { MemberKind } from './membership.types';
import { textProblem } from './text-rules';

/**
 * The binding form's field rules without zod: the zod schemas in `membership.schema.ts` use
 * these same patterns and messages, and the app imports this file instead of the schemas
 * because zod would add about 60 KB to the mini-program (measured with esbuild --minify).
 */
export const MEMBER_NO_PATTERN = /^[A-Za-z0-9]{6,20}$/;
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const PERSON_NAME_MAX = 20;

export const fieldMessages = {
  nameRequired: '请填写姓名',
  nameTooLong: `姓名不能超过 ${PERSON_NAME_MAX} 个字`,
  memberNo: '学号/工号应为 6–20 位字母或数字',
  phone: '手机号应为 11 位中国大陆手机号',
  kind: '请选择身份',
  orgUnit: '请选择所在组织',
  studentNeedsClass: '学生请选择所在班级',
} as const;

/** What the binding form holds; empty strings mean "not filled in". */
export interface MembershipFormInput {
  name: string;
  memberNo: string;
  kind: MemberKind | '';
  orgUnitId: string;
  /** Whether the chosen unit is a class: students must pick one (the server checks it too). */
  orgUnitIsClass: boolean;
  teamId: string;
  phone: string;
}

export type MembershipFormErrors = Partial<Record<'name' | 'memberNo' | 'kind' | 'orgUnitId' | 'phone', string>>;

/** The first problem of each field, in the same words the server would use. */
export function checkMembershipForm(form: MembershipFormInput): MembershipFormErrors {
  const errors: MembershipFormErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = fieldMessages.nameRequired;
  else if (name.length > PERSON_NAME_MAX) errors.name = fieldMessages.nameTooLong;
  else if (textProblem(name, false)) errors.name = textProblem(name, false) as string;
  if (!MEMBER_NO_PATTERN.test(form.memberNo.trim())) errors.memberNo = fieldMessages.memberNo;
  if (!form.kind) errors.kind = fieldMessages.kind;
  if (!form.orgUnitId) errors.orgUnitId = fieldMessages.orgUnit;
  else if (form.kind === 'student' && !form.orgUnitIsClass) errors.orgUnitId = fieldMessages.studentNeedsClass;
  const phone = form.phone.trim();
  if (phone && !PHONE_PATTERN.test(phone)) errors.phone = fieldMessages.phone;
  return errors;
}
