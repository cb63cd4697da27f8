import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageOpenJoinRequests, toTeamJoinRequest } from '../team-join.repository';
import { requireTeamReviewer } from '../team-review-access';

export const teamJoinRequests = async ({ params, caller }: ActionInvocation<UsersContract['teamJoinRequests']>) => {
  await requireTeamReviewer(caller, params.teamId);
  const page = await pageOpenJoinRequests(params.teamId, params.limit, params.cursor);
  return { items: page.items.map(toTeamJoinRequest), nextCursor: page.nextCursor };
};
