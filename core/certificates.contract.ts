import { z } from 'zod';
import { defineAction } from './action-contract';
import type { ExportResult } from './activity.types';
import { termIdSchema, reasonRequired } from './activity.schema';
import type { CertificateFacts, CertificateIssuer, CertificateLine, CertificatePeriod, CertificateStatus } from './certificate';
import { CERTIFICATE_NUMBER } from './certificate';
import { fileIdSchema } from './cloud-file-id';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import { EVERYONE } from './roles';
import { shortText } from './text.schema';

const MEMBERS = ['student', 'teacher', 'volunteer', 'leader', 'admin'] as const;
const ADMIN = ['admin'] as const;

export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('term'), termId: termIdSchema }),
  z.object({
    kind: z.literal('year'),
    year: z.number({ invalid_type_error: '应为年份' }).int().min(2000, '年份不正确').max(2100, '年份不正确'),
  }),
  z.object({ kind: z.literal('all') }),
]);

export const applicationIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^cap_[a-f0-9]{20}$/, '申请编号格式不正确');
export const certificateNoSchema = z.string({ invalid_type_error: '应为文本' }).regex(CERTIFICATE_NUMBER, '证明编号格式不正确');

export type ApplicationStatus = 'pending' | 'issuing' | 'issued' | 'declined';

/** A member's application as they and the reviewer see it. */
export interface CertificateApplication {
  applicationId: string;
  period: CertificatePeriod & { label: string };
  status: ApplicationStatus;
  appliedAt: string;
  declineReason: string | null;
  certificateNo: string | null;
}

/** An application in the admin's queue: who, and what the certificate would say today. */
export interface ApplicationForReview extends CertificateApplication {
  name: string;
  memberNo: string | null;
  lines: CertificateLine[];
  totalMinutes: number;
}

/** An issued certificate as its holder and admins see it: the signed facts, the signature, and the unmasked volunteer. */
export interface IssuedCertificate {
  certificateNo: string;
  status: 'valid' | 'revoked';
  facts: CertificateFacts;
  signature: string;
  name: string;
  memberNo: string | null;
  revokedReason: string | null;
}

/** One row of the admins' list of issued certificates: who, over what, how many hours, and where it stands. */
export interface IssuedCertificateRow {
  certificateNo: string;
  name: string;
  memberNo: string | null;
  periodLabel: string;
  totalMinutes: number;
  issuedOn: string;
  status: 'valid' | 'revoked';
  revokedReason: string | null;
}

/**
 * A valid certificate whose period's verified entries no longer match what it states (hours
 * corrected after it was issued): the committee should revoke and re-issue it.
 */
export interface OutOfDateCertificate {
  certificateNo: string;
  periodLabel: string;
  certifiedMinutes: number;
  currentMinutes: number;
}

/** Issuer settings as admins keep them. */
export interface IssuerSettings extends CertificateIssuer {
  sealFileId: string | null;
}

/** What anyone learns from a number (and the signature the QR carries). */
export interface Verification {
  status: CertificateStatus;
  /** The signed facts (volunteer masked), absent when unknown. */
  facts: CertificateFacts | null;
  signature: string | null;
  revokedReason: string | null;
  revokedOn: string | null;
}

/** What the app draws the certificate's image with: the certificate itself, the verify QR and the seal. */
export interface CertificateImageParts {
  /** The certificate as its holder and admins see it (the image is drawn from the same layout as the PDF). */
  certificate: IssuedCertificate;
  /** `data:image/png;base64,…` of the QR of `verifyLink`. */
  qrImage: string;
  /** `data:image/png|jpeg;base64,…` of the issuer's seal, or null: the slot is drawn marked for a stamp. */
  sealImage: string | null;
  verifyLink: string;
}

export interface PublicKey {
  algorithm: 'Ed25519';
  keyId: string;
  /** SubjectPublicKeyInfo, DER, base64. */
  spki: string;
}

const personName = shortText(40).pipe(z.string().min(1, '请填写'));

/**
 * `certificates`: the 志愿服务记录证明 (issue 18). A member applies for themself over a period;
 * the committee's admins (the recording organisation: docs/decisions.md) review and issue or
 * decline; an issued certificate's facts are signed with the functions' Ed25519 key, and anyone,
 * signed in or not, can verify a number.
 */
export const certificatesContract = {
  /** The caller applies for their own certificate; there is no param naming anyone else. */
  apply: defineAction<{ application: CertificateApplication }>()({ params: z.object({ period: periodSchema }), allow: MEMBERS }),
  /** The caller's applications and their certificates, newest first. */
  mine: defineAction<{ applications: CertificateApplication[]; certificates: IssuedCertificate[] }>()({
    params: z.object({}),
    allow: MEMBERS,
  }),
  /** Applications waiting for review, oldest first, each with the verified entries it would cover. */
  pending: defineAction<{ applications: ApplicationForReview[] }>()({ params: z.object({}), allow: ADMIN }),
  /** One application with the entries it would cover today. */
  review: defineAction<{ application: ApplicationForReview }>()({
    params: z.object({ applicationId: applicationIdSchema }),
    allow: ADMIN,
  }),
  /** Issues the certificate: the next number of the issuer's year, the facts signed. */
  issue: defineAction<{ certificate: IssuedCertificate }>()({ params: z.object({ applicationId: applicationIdSchema }), allow: ADMIN }),
  decline: defineAction<{ application: CertificateApplication }>()({
    params: z.object({ applicationId: applicationIdSchema, reason: reasonRequired }),
    allow: ADMIN,
  }),
  /** Revokes an issued certificate (e.g. hours reversed after a correction); verification says so at once. */
  revoke: defineAction<{ certificate: IssuedCertificate }>()({
    params: z.object({ certificateNo: certificateNoSchema, reason: reasonRequired }),
    allow: ADMIN,
  }),
  /**
   * Revokes a certificate (if still valid) with the reason and issues its replacement over the same
   * period from today's verified entries: a new number; the old one verifies as revoked. Retried,
   * it completes or returns the same replacement.
   */
  reissue: defineAction<{ revoked: IssuedCertificate; certificate: IssuedCertificate }>()({
    params: z.object({ certificateNo: certificateNoSchema, reason: reasonRequired }),
    allow: ADMIN,
  }),
  /** Admins: every issued certificate, newest first, valid and revoked, cursor paging over (issuedAt, number). */
  issued: defineAction<Page<IssuedCertificateRow>>()({
    params: z.object({ cursor: cursorSchema.optional(), limit: pageLimitSchema }),
    allow: ADMIN,
  }),
  issuer: defineAction<{ issuer: IssuerSettings | null }>()({ params: z.object({}), allow: ADMIN }),
  saveIssuer: defineAction<{ issuer: IssuerSettings }>()({
    params: z.object({
      organisation: shortText(60).pipe(z.string().min(2, '请填写出具单位名称')),
      orgCode: z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Z0-9]{2,12}$/, '单位代码应为 2–12 位大写字母或数字'),
      personInCharge: personName,
      handlingOfficer: personName,
      contact: shortText(40).pipe(z.string().min(5, '请填写联系电话')),
      sealFileId: fileIdSchema.nullable().default(null),
    }),
    allow: ADMIN,
  }),
  /**
   * Public: no sign-in. A guessed number or an edited record answer `unknown`. The QR's signature is not sent: the page
   * checks it itself against the published key (a forged one reads 不是真实证明, not 未找到).
   */
  verify: defineAction<Verification>()({
    params: z.object({
      certificateNo: z.string({ invalid_type_error: '应为文本' }).max(40, '编号过长'),
    }),
    allow: EVERYONE,
    public: true,
  }),
  /** The A4 PDF of a valid certificate (its holder's, or any for admins), stored as an export: a temporary URL. */
  document: defineAction<ExportResult>()({ params: z.object({ certificateNo: certificateNoSchema }), allow: MEMBERS }),
  /** What the app needs to draw the same certificate as an image (its holder's, or any for admins); none for a revoked one. */
  imageParts: defineAction<CertificateImageParts>()({ params: z.object({ certificateNo: certificateNoSchema }), allow: MEMBERS }),
  /** Public: the key every signature checks against, so a verifier need not trust the function's answer. */
  publicKey: defineAction<PublicKey>()({ params: z.object({}), allow: EVERYONE, public: true }),
};

export type CertificatesContract = typeof certificatesContract;
