import { createHash } from 'node:crypto';
import type { CertificatesContract } from '@core/certificates.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findApplication, insertApplicationOnce } from '../certificate-application.repository';
import { issueCertificate } from '../certificate-issuance';
import { linesFor } from '../certificate-lines';
import { readIssuer } from '../certificate-settings.repository';
import { findCertificate, revokeCertificate } from '../certificate.repository';
import { toIssuedCertificate } from '../certificate.view';

/** One replacement per certificate: its application's `_id` is derived from the number it replaces. */
const replacementId = (certificateNo: string) =>
  `cap_${createHash('sha256').update(`reissue:${certificateNo}`).digest('hex').slice(0, 20)}`;

/**
 * Revoke and re-issue in one step, for the member, over the same period. Every step is repeatable:
 * revoking an already revoked certificate is skipped, the replacement application is inserted once
 * (a second admin, or a retry, finds it), and issuing it resumes (certificate-issuance.ts) or, once
 * issued, answers the replacement as it is.
 */
export const reissue = async ({ params, caller }: ActionInvocation<CertificatesContract['reissue']>) => {
  const old = await findCertificate(params.certificateNo);
  if (!old) throw new ActionError('NOT_FOUND', '证明不存在');
  const original = await findApplication(old.applicationId);
  if (!original) throw new ActionError('NOT_FOUND', '证明申请不存在');
  // Refused before anything changes: a revocation with no replacement possible is the admin's own separate choice.
  if (!(await readIssuer())) throw new ActionError('ISSUER_NOT_SET');
  if ((await linesFor(old.openid, original.period)).lines.length === 0) throw new ActionError('CERTIFICATE_NO_HOURS');
  if (old.status === 'valid') await revokeCertificate(old._id, caller.openid, params.reason);

  const applicationId = replacementId(old._id);
  await insertApplicationOnce({
    _id: applicationId,
    openid: old.openid,
    period: original.period,
    status: 'pending',
    appliedAt: new Date(),
    decidedBy: null,
    decidedAt: null,
    declineReason: null,
    certificateNo: null,
    replaces: old._id,
  });
  const replacement = await findApplication(applicationId);
  const issued =
    replacement?.status === 'issued' && replacement.certificateNo
      ? await findCertificate(replacement.certificateNo)
      : await issueCertificate(applicationId, caller.openid).catch(async (error: unknown) => {
          // A concurrent re-issue finished it between our read and our claim.
          const now = await findApplication(applicationId);
          if (now?.status === 'issued' && now.certificateNo) return findCertificate(now.certificateNo);
          throw error;
        });
  const revoked = await findCertificate(old._id);
  if (!issued || !revoked) throw new ActionError('NOT_FOUND', '证明不存在');
  return { revoked: toIssuedCertificate(revoked), certificate: toIssuedCertificate(issued) };
};
