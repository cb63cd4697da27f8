import { randomBytes } from 'node:crypto';
import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findTeam } from '../../_lib/team.repository';
import { insertJoinRequest, openKeyOf, toTeamJoinRequest, type TeamJoinDocument } from '../team-join.repository';

/** An approved member asks to join a team that still serves; the unique open key makes a double tap one request. */
export const applyToTeam = async ({ params, caller }: ActionInvocation<UsersContract['applyToTeam']>) => {
  const [user, team] = await Promise.all([caller.user(), findTeam(params.teamId)]);
  if (!user || user.membershipStatus !== 'approved') throw new ActionError('NOT_A_MEMBER', '仅已通过审核的成员可以申请加入服务队');
  if (!team) throw new ActionError('NOT_FOUND', '服务队不存在');
  if (team.archived === true) throw new ActionError('TEAM_ARCHIVED');
  if ((user.teamRoles ?? []).some((membership) => membership.teamId === team._id)) throw new ActionError('ALREADY_IN_TEAM');
  const request: TeamJoinDocument = {
    _id: `tj-${randomBytes(8).toString('hex')}`,
    teamId: team._id,
    teamName: team.name,
    openid: caller.openid,
    name: user.name ?? '',
    status: 'pending',
    openKey: openKeyOf(team._id, caller.openid),
    reason: '',
    createdAt: new Date(),
    decidedAt: null,
    decidedBy: null,
  };
  if ((await insertJoinRequest(request)) === 'pending') throw new ActionError('JOIN_PENDING');
  return { request: toTeamJoinRequest(request) };
};
