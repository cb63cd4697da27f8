import type { CertificatesContract } from '@core/certificates.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findCertificate, revokeCertificate } from '../certificate.repository';
import { toIssuedCertificate } from '../certificate.view';

/** The member may then apply again; the new certificate gets a new number, the old one verifies as revoked. */
export const revoke = async ({ params, caller }: ActionInvocation<CertificatesContract['revoke']>) => {
  if (!(await findCertificate(params.certificateNo))) throw new ActionError('NOT_FOUND', '证明不存在');
  if (!(await revokeCertificate(params.certificateNo, caller.openid, params.reason))) throw new ActionError('CERTIFICATE_REVOKED');
  const revoked = await findCertificate(params.certificateNo);
  if (!revoked) throw new ActionError('NOT_FOUND', '证明不存在');
  return { certificate: toIssuedCertificate(revoked) };
};
