import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../_lib/define-function';
import { toApplication } from './application.view';
import { approveApplication, rejectApplication } from './membership.repository';

/** The schema already insists on a reason when rejecting. */
export const reviewMembership = async ({ params, caller }: ActionInvocation<UsersContract['reviewMembership']>) => {
  const reviewed = params.approve
    ? await approveApplication(params.applicationId, caller.openid)
    : await rejectApplication(params.applicationId, caller.openid, params.reason ?? '');
  return { application: toApplication(reviewed) };
};
