import type { CertificatePeriod } from '@core/certificate';
import type { IssuerSettings } from '@core/certificates.contract';
import { callAction, callPublicAction } from './cloud';

/** The `certificates` function: 志愿服务记录证明 — apply, review, issue, revoke, verify. */

/** The caller applies for their own certificate over a period. */
export const applyForCertificate = (period: CertificatePeriod) => callAction('certificates', 'apply', { period });

/** The caller's applications and issued certificates. */
export const myCertificates = () => callAction('certificates', 'mine', {});

/** Admins: the review queue, each application with the entries it would cover. */
export const pendingCertificateApplications = () => callAction('certificates', 'pending', {});

export const reviewCertificateApplication = (applicationId: string) => callAction('certificates', 'review', { applicationId });

export const issueCertificate = (applicationId: string) => callAction('certificates', 'issue', { applicationId });

export const declineCertificateApplication = (applicationId: string, reason: string) =>
  callAction('certificates', 'decline', { applicationId, reason });

export const revokeCertificate = (certificateNo: string, reason: string) => callAction('certificates', 'revoke', { certificateNo, reason });

/** Admins: revoke (if still valid) and issue the replacement over the same period from today's verified entries. */
export const reissueCertificate = (certificateNo: string, reason: string) =>
  callAction('certificates', 'reissue', { certificateNo, reason });

/** Admins: one page of issued certificates, newest first. */
export const issuedCertificates = (page: { cursor?: string; limit?: number }) => callAction('certificates', 'issued', page);

export const certificateIssuer = () => callAction('certificates', 'issuer', {});

export const saveCertificateIssuer = (issuer: IssuerSettings) => callAction('certificates', 'saveIssuer', { ...issuer });

/** Public: what a number is worth (the page checks the QR's signature itself). */
export const verifyCertificate = (certificateNo: string) => callPublicAction('certificates', 'verify', { certificateNo });

export const certificatePublicKey = () => callPublicAction('certificates', 'publicKey', {});

/** The A4 PDF of a valid certificate (the caller's own, or any for admins): a temporary URL to open or download. */
export const certificateDocument = (certificateNo: string) => callAction('certificates', 'document', { certificateNo });

/** The QR and seal the app draws the certificate's image with. */
export const certificateImageParts = (certificateNo: string) => callAction('certificates', 'imageParts', { certificateNo });
