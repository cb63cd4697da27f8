import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { reviewOf } from '../application-review';
import { pendingApplications } from '../certificate-application.repository';

/** A committee reviews tens at a time; the oldest 50 are the queue's head. */
const QUEUE_HEAD = 50;

export const pending = async (_invocation: ActionInvocation<CertificatesContract['pending']>) => ({
  applications: await Promise.all((await pendingApplications(QUEUE_HEAD)).map(reviewOf)),
});
