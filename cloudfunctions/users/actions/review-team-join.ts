import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { decideTeamJoin } from '../member.repository';
import { findJoinRequest, toTeamJoinRequest } from '../team-join.repository';
import { requireTeamReviewer } from '../team-review-access';

export const reviewTeamJoin = async ({ params, caller }: ActionInvocation<UsersContract['reviewTeamJoin']>) => {
  if (params.decision === 'decline' && !params.reason) throw new ActionError('INVALID_INPUT', '提交的信息有误：reason 请填写未通过的原因');
  const request = await findJoinRequest(params.requestId);
  if (!request) throw new ActionError('NOT_FOUND', '申请不存在');
  await requireTeamReviewer(caller, request.teamId);
  const decided = await decideTeamJoin(caller, request._id, {
    status: params.decision === 'approve' ? 'approved' : 'declined',
    reason: params.reason,
  });
  return { request: toTeamJoinRequest(decided) };
};
