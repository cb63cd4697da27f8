import { utf8Bytes } from './bytes';
import { shanghaiDay } from './shanghai-time';

/**
 * The pure rules of the 志愿服务记录证明 (issue 18): the period a certificate covers, its number,
 * the facts it states and their canonical form, the one that is signed.
 */

/** What a member asks a certificate for: one term, one calendar year (Asia/Shanghai) or everything so far. */
export type CertificatePeriod = { kind: 'term'; termId: string } | { kind: 'year'; year: number } | { kind: 'all' };

/**
 * `SFQC-2026-00042`: the issuer's organisation code, the year of issue (Asia/Shanghai), a serial
 * counted per (organisation, year) from 1. Five digits are a college's decades; past 99,999 the
 * number simply grows a digit, so the pattern allows more.
 */
export const CERTIFICATE_NUMBER = /^([A-Z0-9]{2,12})-(\d{4})-(\d{5,9})$/;

export const formatCertificateNumber = (orgCode: string, year: number, serial: number): string =>
  `${orgCode}-${year}-${String(serial).padStart(5, '0')}`;

export const parseCertificateNumber = (text: string): { orgCode: string; year: number; serial: number } | null => {
  const match = CERTIFICATE_NUMBER.exec(text);
  return match ? { orgCode: match[1], year: Number(match[2]), serial: Number(match[3]) } : null;
};

/** One verified ledger entry as the certificate lists it. */
export interface CertificateLine {
  /** The day the hours were verified (Asia/Shanghai), YYYY-MM-DD. */
  day: string;
  /** The activity's title or the service's name. */
  content: string;
  minutes: number;
}

/** The issuer block every certificate carries (《志愿服务记录与证明出具办法》: organisation, person in charge, handling officer, contact). */
export interface CertificateIssuer {
  organisation: string;
  /** Upper-case letters/digits, the first part of every certificate number. */
  orgCode: string;
  personInCharge: string;
  handlingOfficer: string;
  contact: string;
}

/**
 * What a certificate states, exactly as signed. The volunteer appears masked, with a digest of
 * the full name and number: the public verify page shows these facts (and can check the signature
 * over them itself) without ever learning who the volunteer is; someone holding the printout can
 * recompute the digest from the name and number printed on it.
 */
export interface CertificateFacts {
  /** Bumped when the shape changes, so an old signature is checked against the shape it signed. */
  format: 1;
  certificateNo: string;
  /** YYYY-MM-DD, Asia/Shanghai. */
  issuedOn: string;
  period: { kind: CertificatePeriod['kind']; label: string };
  volunteer: { maskedName: string; maskedMemberNo: string | null; identityDigest: string };
  issuer: CertificateIssuer;
  lines: CertificateLine[];
  totalMinutes: number;
  /** Which signing key signed (first 16 hex digits of its public key's SHA-256). */
  keyId: string;
}

/** Sorted keys at every depth, no whitespace: the same facts always give the same bytes to sign. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
};

/**
 * The bytes a certificate's Ed25519 signature covers: the UTF-8 of the facts' canonical JSON. The
 * functions sign exactly these and the verify page checks exactly these (core/certificate-verification.ts).
 */
export const certificateSignedBytes = (facts: CertificateFacts): Uint8Array => utf8Bytes(canonicalJson(facts));

/** The lines a certificate lists for ledger entries (oldest first) and their total. */
export const certificateLines = (entries: readonly { verifiedAt: Date; title: string; minutes: number }[]) => {
  const lines = [...entries]
    .sort((a, b) => a.verifiedAt.getTime() - b.verifiedAt.getTime())
    .map((entry) => ({ day: shanghaiDay(entry.verifiedAt), content: entry.title, minutes: entry.minutes }));
  return { lines, totalMinutes: lines.reduce((sum, line) => sum + line.minutes, 0) };
};

/** Where a certificate stands, as the verify page tells it: `unknown` also covers "not genuine". */
export type CertificateStatus = 'valid' | 'revoked' | 'unknown';

/** The public verify page (a subpackage page), the one the certificate's QR opens. */
export const CERTIFICATE_VERIFY_PAGE = 'packages/certificates/verify/index';

/** The query the QR's link carries: the number and the signature, so a scan needs no typing. */
export const certificateVerifyQuery = (certificateNo: string, signature: string): string =>
  `no=${encodeURIComponent(certificateNo)}&sig=${encodeURIComponent(signature)}`;
