import { rosterMatchLabels, type MembershipApplication } from '@core/membership.types';
import type { ApplicationDocument } from './application.repository';

const iso = (value: Date | string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

/** Only the applicant and admins ever receive an application, so number and phone are not masked. */
export const toApplication = (doc: ApplicationDocument): MembershipApplication => ({
  applicationId: doc._id,
  openid: doc.openid,
  name: doc.name,
  memberNo: doc.memberNo,
  kind: doc.kind,
  orgUnitId: doc.orgUnitId,
  teamId: doc.teamId ?? null,
  phone: doc.phone ?? null,
  status: doc.status,
  reason: doc.reason ?? null,
  createdAt: iso(doc.createdAt) ?? '',
  reviewedAt: iso(doc.reviewedAt),
  rosterNote: rosterMatchLabels[doc.rosterMatch ?? 'absent'],
});
