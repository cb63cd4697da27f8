import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { issueCertificate } from '../certificate-issuance';
import { toIssuedCertificate } from '../certificate.view';

export const issue = async ({ params, caller }: ActionInvocation<CertificatesContract['issue']>) => ({
  certificate: toIssuedCertificate(await issueCertificate(params.applicationId, caller.openid)),
});
