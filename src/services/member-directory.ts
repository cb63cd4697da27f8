import type { ParamsOf } from '@core/action-contract';
import type { UsersContract } from '@core/users.contract';
import { callAction } from './cloud';

/** Admin: members by status, searched by name or number prefix, cursor-paged. */
export const listMembers = (params: ParamsOf<UsersContract['listMembers']> = {}) => callAction('users', 'listMembers', params);

/** One member; number and phone are masked unless the caller is the member or an admin. */
export const getMember = (openid: string) => callAction('users', 'getMember', { openid });

/** Admin: grant volunteer/leader of a team, or 'none' to remove the member from it. */
export const setTeamRole = (params: ParamsOf<UsersContract['setTeamRole']>) => callAction('users', 'setTeamRole', params);

/** Admin: mark a member graduated or left (history stays, member roles go). */
export const setMemberIdentity = (params: ParamsOf<UsersContract['setMemberIdentity']>) => callAction('users', 'setMemberIdentity', params);
export const setMemberStatus = (params: ParamsOf<UsersContract['setMemberStatus']>) => callAction('users', 'setMemberStatus', params);
