import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageMembers } from '../member.repository';
import { toMemberProfile } from '../member.view';

/** Admin only (enforced by the guard), so contacts are shown in full. */
export const listMembers = async ({ params }: ActionInvocation<UsersContract['listMembers']>) => {
  const page = await pageMembers(params.status, params.limit, params.query, params.cursor);
  return { items: page.items.map((user) => toMemberProfile(user, { isSelf: false, isAdmin: true })), nextCursor: page.nextCursor };
};
