import type { ApplicationForReview, CertificateApplication, IssuedCertificate, IssuedCertificateRow } from '@core/certificates.contract';
import type { ApplicationDocument } from './certificate-application.repository';
import type { CertificateDocument } from './certificate.repository';

export const toApplication = (application: ApplicationDocument): CertificateApplication => ({
  applicationId: application._id,
  period: application.period,
  status: application.status,
  appliedAt: new Date(application.appliedAt).toISOString(),
  declineReason: application.declineReason,
  certificateNo: application.certificateNo,
});

export const toApplicationForReview = (
  application: ApplicationDocument,
  member: { name: string; memberNo: string | null },
  lines: Pick<ApplicationForReview, 'lines' | 'totalMinutes'>,
): ApplicationForReview => ({ ...toApplication(application), ...member, ...lines });

export const toIssuedCertificate = (certificate: CertificateDocument): IssuedCertificate => ({
  certificateNo: certificate._id,
  status: certificate.status,
  facts: certificate.facts,
  signature: certificate.signature,
  name: certificate.name,
  memberNo: certificate.memberNo,
  revokedReason: certificate.revokedReason,
});

/** The admins' list row: the member unmasked (admins see numbers in full, core/member-contact-mask.ts). */
export const toIssuedCertificateRow = (certificate: CertificateDocument): IssuedCertificateRow => ({
  certificateNo: certificate._id,
  name: certificate.name,
  memberNo: certificate.memberNo,
  periodLabel: certificate.facts.period.label,
  totalMinutes: certificate.facts.totalMinutes,
  issuedOn: certificate.facts.issuedOn,
  status: certificate.status,
  revokedReason: certificate.revokedReason,
});
