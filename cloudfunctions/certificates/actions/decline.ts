import type { CertificatesContract } from '@core/certificates.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findApplication, declinePending } from '../certificate-application.repository';
import { toApplication } from '../certificate.view';

export const decline = async ({ params, caller }: ActionInvocation<CertificatesContract['decline']>) => {
  const application = await findApplication(params.applicationId);
  if (!application) throw new ActionError('NOT_FOUND', '证明申请不存在');
  if (!(await declinePending(params.applicationId, caller.openid, params.reason))) throw new ActionError('APPLICATION_CLOSED');
  return { application: toApplication({ ...application, status: 'declined', declineReason: params.reason }) };
};
