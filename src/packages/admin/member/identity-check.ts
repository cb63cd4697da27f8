import { idNumberProblem, idNumberSchema, volunteerNoSchema, type IdType } from '@core/member-identity';
import type { FieldErrors } from '@/hooks/field-errors';

/** The identity form's rows, top to bottom (their keys are the contract's, so server refusals land too). */
export const identityFieldOrder = ['volunteerNo', 'idType', 'idNumber'] as const;
export type IdentityField = (typeof identityFieldOrder)[number];

export interface IdentityDraft {
  volunteerNo: string;
  /** null = 不填 */
  idType: IdType | null;
  idNumber: string;
}

const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : (result.error?.issues[0]?.message ?? null);

/** The contract's rules on the typed form: each wrong row's Chinese sentence (the server checks again). */
export function identityErrors(draft: IdentityDraft): FieldErrors<IdentityField> {
  const errors: FieldErrors<IdentityField> = {};
  const volunteerNo = draft.volunteerNo.trim();
  const badNo = volunteerNo ? firstIssue(volunteerNoSchema.safeParse(volunteerNo)) : null;
  if (badNo) errors.volunteerNo = badNo;
  if (draft.idType) {
    const idNumber = draft.idNumber.trim().toUpperCase();
    const badId = idNumber ? (firstIssue(idNumberSchema.safeParse(idNumber)) ?? idNumberProblem(draft.idType, idNumber)) : '请填写证件号码';
    if (badId) errors.idNumber = badId;
  }
  return errors;
}
