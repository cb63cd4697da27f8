import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyAfterCommit } from '../../_lib/notify/notify';
import { toApplication } from '../application.view';
import { approveApplication, rejectApplication } from '../membership.repository';

/** The schema already insists on a reason when rejecting. */
export const reviewMembership = async ({ params, caller }: ActionInvocation<UsersContract['reviewMembership']>) => {
  const reviewed = params.approve
    ? await approveApplication(params.applicationId, caller)
    : await rejectApplication(params.applicationId, caller, params.reason ?? '');
  // Keyed by the application, so a retried review can never notify twice.
  await notifyAfterCommit(
    reviewed.openid,
    'membershipReviewed',
    params.approve
      ? { result: '已通过', detail: '欢迎加入星火志愿，现在可以预约服务、报名活动了' }
      : { result: '未通过', detail: `原因：${params.reason ?? ''}` },
    { key: reviewed._id },
  );
  return { application: toApplication(reviewed) };
};
