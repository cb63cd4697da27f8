import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findUser } from '../../_lib/user.repository';
import { toMemberProfile } from '../member.view';

/** Members see other approved members with masked contacts; self and admins see everything. */
export const getMember = async ({ params, caller }: ActionInvocation<UsersContract['getMember']>) => {
  const isSelf = params.openid === caller.openid;
  const isAdmin = !isSelf && (await caller.roles()).includes('admin');
  const user = isSelf ? await caller.user() : await findUser(params.openid);
  // A non-member's record is nobody else's business: it is "not found" to other members.
  if (!user || (!isSelf && !isAdmin && user.membershipStatus !== 'approved')) throw new ActionError('NOT_FOUND', '成员不存在');
  // 成员详情: an admin sees the ID number in full here (lists mask it).
  return { member: toMemberProfile(user, { isSelf, isAdmin }, isAdmin) };
};
