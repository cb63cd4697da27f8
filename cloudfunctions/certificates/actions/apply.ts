import { randomBytes } from 'node:crypto';
import type { CertificatesContract } from '@core/certificates.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { hasOpenApplication, insertApplication } from '../certificate-application.repository';
import { linesFor } from '../certificate-lines';
import { resolvePeriod } from '../certificate-period';
import { toApplication } from '../certificate.view';

/** For the caller only: the params name a period, never a person. Empty periods are refused now, not at review. */
export const apply = async ({ params, caller }: ActionInvocation<CertificatesContract['apply']>) => {
  const { period } = await resolvePeriod(params.period);
  if (await hasOpenApplication(caller.openid)) throw new ActionError('CERTIFICATE_PENDING');
  if ((await linesFor(caller.openid, params.period)).lines.length === 0) throw new ActionError('CERTIFICATE_NO_HOURS');
  const application = {
    _id: `cap_${randomBytes(10).toString('hex')}`,
    openid: caller.openid,
    period,
    status: 'pending' as const,
    appliedAt: new Date(),
    decidedBy: null,
    decidedAt: null,
    declineReason: null,
    certificateNo: null,
  };
  await insertApplication(application);
  return { application: toApplication(application) };
};
