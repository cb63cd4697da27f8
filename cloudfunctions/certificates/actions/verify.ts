import { parseCertificateNumber } from '@core/certificate';
import type { CertificatesContract, Verification } from '@core/certificates.contract';
import { shanghaiDay } from '@core/shanghai-time';
import type { ActionInvocation } from '../../_lib/define-function';
import { findCertificate } from '../certificate.repository';
import { factsVerify } from '../certificate-signature';

const UNKNOWN: Verification = { status: 'unknown', facts: null, signature: null, revokedReason: null, revokedOn: null };

/**
 * Public. A number never issued, or a stored record whose facts no longer match their signature (an
 * edited database row), answers `unknown`: not genuine. The QR's signature is the page's to check. Only the signed facts leave, and they name the volunteer masked.
 */
export const verify = async ({ params }: ActionInvocation<CertificatesContract['verify']>): Promise<Verification> => {
  if (!parseCertificateNumber(params.certificateNo)) return UNKNOWN;
  const certificate = await findCertificate(params.certificateNo);
  if (!certificate || certificate.facts?.certificateNo !== certificate._id) return UNKNOWN;
  if (!factsVerify(certificate.facts, certificate.signature)) return UNKNOWN;
  const revoked = certificate.status === 'revoked';
  return {
    status: revoked ? 'revoked' : 'valid',
    facts: certificate.facts,
    signature: certificate.signature,
    revokedReason: revoked ? certificate.revokedReason : null,
    revokedOn: revoked && certificate.revokedAt ? shanghaiDay(new Date(certificate.revokedAt)) : null,
  };
};
