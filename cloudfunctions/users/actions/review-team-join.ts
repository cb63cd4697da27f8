import type { UsersContract } from '@core/users.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { notifyAfterCommit } from '../../_lib/notify/notify';
import { decideTeamJoin } from '../member.repository';
import { findJoinRequest, toTeamJoinRequest } from '../team-join.repository';
import { requireTeamReviewer } from '../team-review-access';

export const reviewTeamJoin = async ({ params, caller }: ActionInvocation<UsersContract['reviewTeamJoin']>) => {
  if (params.decision === 'decline' && !params.reason) throw new ActionError('INVALID_INPUT', '提交的信息有误：请填写未通过的原因');
  const request = await findJoinRequest(params.requestId);
  if (!request) throw new ActionError('NOT_FOUND', '申请不存在');
  await requireTeamReviewer(caller, request.teamId);
  const approve = params.decision === 'approve';
  const decided = await decideTeamJoin(caller, request._id, { status: approve ? 'approved' : 'declined', reason: params.reason });
  // Keyed by the request, so a retried review can never tell the applicant twice.
  await notifyAfterCommit(
    decided.openid,
    'teamJoinReviewed',
    approve
      ? { team: decided.teamName, result: '已通过', detail: '你已成为该队志愿者，可以在「工单」领取服务' }
      : { team: decided.teamName, result: '未通过', detail: `原因：${params.reason}` },
    { key: decided._id },
  );
  return { request: toTeamJoinRequest(decided) };
};
