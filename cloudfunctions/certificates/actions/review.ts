import type { CertificatesContract } from '@core/certificates.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { reviewOf } from '../application-review';
import { findApplication } from '../certificate-application.repository';

export const review = async ({ params }: ActionInvocation<CertificatesContract['review']>) => {
  const application = await findApplication(params.applicationId);
  if (!application) throw new ActionError('NOT_FOUND', '证明申请不存在');
  return { application: await reviewOf(application) };
};
