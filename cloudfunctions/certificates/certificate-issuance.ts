import { formatCertificateNumber, type CertificateFacts } from '@core/certificate';
import { maskMemberNo, maskName } from '@core/member-contact-mask';
import { shanghaiDay } from '@core/shanghai-time';
import { ActionError } from '../_lib/action-error';
import { findUser } from '../_lib/user.repository';
import { findApplication, finishIssuing, moveFromPending } from './certificate-application.repository';
import { linesFor } from './certificate-lines';
import { readIssuer } from './certificate-settings.repository';
import { insertCertificate, nextSerial, type CertificateDocument } from './certificate.repository';
import { identityDigest, signFacts, signingKey } from './certificate-signature';

/**
 * Issues the certificate an application asks for. Order matters for the serial having no gaps:
 * everything that can refuse (application closed, no issuer, no hours, no key) is checked before
 * the application is claimed, and the claim (pending → issuing, one winner) before a serial is
 * taken. After the serial only two writes follow; a crash between them is the one way a number
 * goes unused, and the application then stays `issuing` for an admin to see.
 */
export const issueCertificate = async (applicationId: string, issuedBy: string): Promise<CertificateDocument> => {
  const application = await findApplication(applicationId);
  if (!application) throw new ActionError('NOT_FOUND', '证明申请不存在');
  if (application.status !== 'pending') throw new ActionError('APPLICATION_CLOSED');
  const [issuer, member, { lines, totalMinutes }] = await Promise.all([
    readIssuer(),
    findUser(application.openid),
    linesFor(application.openid, application.period),
  ]);
  if (!issuer) throw new ActionError('ISSUER_NOT_SET');
  if (lines.length === 0) throw new ActionError('CERTIFICATE_NO_HOURS');
  const { keyId } = signingKey();
  if (!(await moveFromPending(applicationId, 'issuing', issuedBy))) throw new ActionError('APPLICATION_CLOSED');

  const issuedAt = new Date();
  const year = Number(shanghaiDay(issuedAt).slice(0, 4));
  const certificateNo = formatCertificateNumber(issuer.orgCode, year, await nextSerial(issuer.orgCode, year));
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
      orgCode: issuer.orgCode,
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
  await insertCertificate(certificate);
  await finishIssuing(applicationId, certificateNo);
  return certificate;
};
