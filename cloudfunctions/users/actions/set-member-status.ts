import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { endMembership } from '../member.repository';
import { toMemberProfile } from '../member.view';

export const setMemberStatus = async ({ params, caller }: ActionInvocation<UsersContract['setMemberStatus']>) => {
  const member = await endMembership(caller, params.openid, params.status);
  return { member: toMemberProfile(member, { isSelf: false, isAdmin: true }) };
};
