import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { setTeamRole as writeTeamRole } from '../member.repository';
import { toMemberProfile } from '../member.view';
import { findTeam } from '../../_lib/team.repository';

export const setTeamRole = async ({ params, caller }: ActionInvocation<UsersContract['setTeamRole']>) => {
  const team = await findTeam(params.teamId);
  if (!team) throw new ActionError('INVALID_INPUT', '提交的信息有误：所选服务队不存在');
  const member = await writeTeamRole(caller, params.openid, { teamId: team._id, name: team.name }, params.role);
  return { member: toMemberProfile(member, { isSelf: false, isAdmin: true }) };
};
