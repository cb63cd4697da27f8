import type { ParamsOf } from '@core/action-contract';
import type { MemberProfile, Page, UsersContract } from '@core/users.contract';
import { callFunction } from './cloud';

/** Admin: members by status, searched by name or number prefix, cursor-paged. */
export const listMembers = (params: ParamsOf<UsersContract['listMembers']> = {}) =>
  callFunction<Page<MemberProfile>>('users', 'listMembers', params);

/** One member; number and phone are masked unless the caller is the member or an admin. */
export const getMember = (openid: string) => callFunction<{ member: MemberProfile }>('users', 'getMember', { openid });

/** Admin: grant volunteer/leader of a team, or 'none' to remove the member from it. */
export const setTeamRole = (params: ParamsOf<UsersContract['setTeamRole']>) =>
  callFunction<{ member: MemberProfile }>('users', 'setTeamRole', params);

/** Admin: mark a member graduated or left (history stays, member roles go). */
export const setMemberStatus = (params: ParamsOf<UsersContract['setMemberStatus']>) =>
  callFunction<{ member: MemberProfile }>('users', 'setMemberStatus', params);
