import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { setMemberIdentity as writeIdentity } from '../member.repository';
import { toMemberProfile } from '../member.view';

export const setMemberIdentity = async ({ params, caller }: ActionInvocation<UsersContract['setMemberIdentity']>) => {
  const { volunteerNo, idType, idNumber } = params;
  const member = await writeIdentity(caller, params.openid, { volunteerNo, idType, idNumber });
  return { member: toMemberProfile(member, { isSelf: false, isAdmin: true }, true) };
};
