import type { MyMembership, UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { roleFactsOf } from '../../_lib/user.repository';
import { findLatestApplicationOf } from '../application.repository';
import { toApplication } from '../application.view';

export const myMembership = async ({ caller }: ActionInvocation<UsersContract['myMembership']>): Promise<MyMembership> => {
  const [user, latest] = await Promise.all([caller.user(), findLatestApplicationOf(caller.openid)]);
  const application = latest ? toApplication(latest) : null;
  return {
    status: roleFactsOf(user)?.membershipStatus ?? 'none',
    application,
    reason: application?.status === 'rejected' ? application.reason : null,
  };
};
