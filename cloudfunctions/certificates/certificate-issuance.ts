import { formatCertificateNumber, type CertificateFacts } from '@core/certificate';
import { maskMemberNo, maskName } from '@core/member-contact-mask';
import { shanghaiDay } from '@core/shanghai-time';
import { ActionError } from '../_lib/action-error';
import { findUser } from '../_lib/user.repository';
import { findApplication, finishIssuing, startIssuing } from './certificate-application.repository';
import { linesFor } from './certificate-lines';
import { readIssuer } from './certificate-settings.repository';
import { findCertificate, insertCertificate, serialFor, type CertificateDocument } from './certificate.repository';
import { identityDigest, signFacts, signingKey } from './certificate-signature';

/**
 * Issues the certificate an application asks for, or completes one a crash left `issuing`.
 * Everything that can refuse (application closed, no issuer, no hours, no key) is checked before
 * the application is claimed (pending → issuing, one winner), and the claim records whose counter
 * and year the serial comes from. The serial is held by the application on the counter itself
 * (`serialFor`), so every later step can fail and be retried: issuing an `issuing` application
 * again takes the serial it already holds, writes the certificate unless it is there already, and
 * marks the application issued. No crash costs a number; an issue is dated the day it was claimed.
 */
export const issueCertificate = async (applicationId: string, issuedBy: string): Promise<CertificateDocument> => {
  const application = await findApplication(applicationId);
  if (!application) throw new ActionError('NOT_FOUND', '证明申请不存在');
  if (application.status !== 'pending' && application.status !== 'issuing') throw new ActionError('APPLICATION_CLOSED');
  const [issuer, member, { lines, totalMinutes }] = await Promise.all([
    readIssuer(),
    findUser(application.openid),
    linesFor(application.openid, application.period),
  ]);
  if (!issuer) throw new ActionError('ISSUER_NOT_SET');
  if (lines.length === 0) throw new ActionError('CERTIFICATE_NO_HOURS');
  const { keyId } = signingKey();

  let claim = application.issuing;
  if (application.status === 'pending') {
    const startedAt = new Date();
    claim = { orgCode: issuer.orgCode, year: Number(shanghaiDay(startedAt).slice(0, 4)), startedAt };
    if (!(await startIssuing(applicationId, issuedBy, claim))) throw new ActionError('APPLICATION_CLOSED');
  }
  // Left `issuing` before claims named their counter: the issuer's, in the year it was claimed.
  const startedAt = new Date(claim?.startedAt ?? application.decidedAt ?? new Date());
  const { orgCode, year } = claim ?? { orgCode: issuer.orgCode, year: Number(shanghaiDay(startedAt).slice(0, 4)) };
  const certificateNo = formatCertificateNumber(orgCode, year, await serialFor(orgCode, year, applicationId));
  const issuedAt = startedAt;
  const name = member?.name ?? '';
  const memberNo = member?.memberNo ?? null;
  const facts: CertificateFacts = {
    format: 1,
    certificateNo,
    issuedOn: shanghaiDay(issuedAt),
    period: { kind: application.period.kind, label: application.period.label },
    volunteer: {
      maskedName: maskName(name),
      maskedMemberNo: memberNo === null ? null : maskMemberNo(memberNo),
      identityDigest: identityDigest(certificateNo, name, memberNo),
    },
    issuer: {
      organisation: issuer.organisation,
      orgCode,
      personInCharge: issuer.personInCharge,
      handlingOfficer: issuer.handlingOfficer,
      contact: issuer.contact,
    },
    lines,
    totalMinutes,
    keyId,
  };
  const certificate: CertificateDocument = {
    _id: certificateNo,
    openid: application.openid,
    applicationId,
    facts,
    signature: signFacts(facts),
    name,
    memberNo,
    status: 'valid',
    issuedBy,
    issuedAt,
    revokedBy: null,
    revokedAt: null,
    revokedReason: null,
  };
  let written = certificate;
  if (!(await insertCertificate(certificate))) {
    // Written by the interrupted attempt (or a concurrent retry): that one stands, signed as it was.
    const existing = await findCertificate(certificateNo);
    if (existing?.applicationId !== applicationId) throw new Error(`certificate ${certificateNo} belongs to another application`);
    written = existing;
  }
  await finishIssuing(applicationId, certificateNo);
  return written;
};
