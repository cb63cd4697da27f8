import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageMyJoinRequests, toTeamJoinRequest } from '../team-join.repository';

/** Only the caller's own requests: the openid comes from the platform context. */
export const myTeamJoinRequests = async ({ params, caller }: ActionInvocation<UsersContract['myTeamJoinRequests']>) => {
  const page = await pageMyJoinRequests(caller.openid, params.limit, params.cursor);
  return { items: page.items.map(toTeamJoinRequest), nextCursor: page.nextCursor };
};
