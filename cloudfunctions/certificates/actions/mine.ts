import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { applicationsOf } from '../certificate-application.repository';
import { certificatesOf } from '../certificate.repository';
import { toApplication, toIssuedCertificate } from '../certificate.view';

export const mine = async ({ caller }: ActionInvocation<CertificatesContract['mine']>) => {
  const [applications, certificates] = await Promise.all([applicationsOf(caller.openid), certificatesOf(caller.openid)]);
  return { applications: applications.map(toApplication), certificates: certificates.map(toIssuedCertificate) };
};
