import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { leadsTeam } from '../../_lib/team-leadership';
import { findTeam } from '../../_lib/team.repository';
import { setRosterRole as writeRosterRole } from '../member.repository';

/** Only that team's leader edits its roster; the change lands with its team.roster entry in one transaction. */
export const setRosterRole = async ({ params, caller }: ActionInvocation<UsersContract['setRosterRole']>) => {
  if (params.role === 'none' && !params.reason) throw new ActionError('INVALID_INPUT', '提交的信息有误：请填写移出的原因');
  if (!leadsTeam(await caller.user(), params.teamId)) throw new ActionError('FORBIDDEN', '没有权限：仅本队队长可以管理队员');
  if (params.openid === caller.openid) throw new ActionError('FORBIDDEN', '没有权限：队长的角色由管理员调整');
  const team = await findTeam(params.teamId);
  if (!team) throw new ActionError('NOT_FOUND', '服务队不存在');
  await writeRosterRole(caller, params.openid, { teamId: team._id, name: team.name }, params.role, params.reason);
  return { teamId: team._id, openid: params.openid, role: params.role };
};
