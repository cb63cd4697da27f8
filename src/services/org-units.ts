import type { ParamsOf } from '@core/action-contract';
import type { UsersContract } from '@core/users.contract';
import { callAction } from './cloud';

/** The 学院 → 团支部 → 班级 tree as a flat list (the app builds the tree). */
export const listOrgUnits = () => callAction('users', 'listOrgUnits', {});

/** The service teams that serve (archived ones only for an admin who asks, on the 服务队 page). */
export const listTeams = (includeArchived = false) => callAction('users', 'listTeams', { includeArchived });

/** Admin: creates (no `teamId`) or edits a team. */
export const saveTeam = (params: ParamsOf<UsersContract['saveTeam']>) => callAction('users', 'saveTeam', params);

/** Admin: the team leaves the catalogue and takes no new bookings. */
export const archiveTeam = (teamId: string) => callAction('users', 'archiveTeam', { teamId });

/** Admin: creates (no `orgUnitId`) or edits a unit. */
export const saveOrgUnit = (params: ParamsOf<UsersContract['saveOrgUnit']>) => callAction('users', 'saveOrgUnit', params);

/** Admin: refused with ORG_UNIT_IN_USE while anything still points at the unit. */
export const removeOrgUnit = (orgUnitId: string) => callAction('users', 'removeOrgUnit', { orgUnitId });

/** A team leader: volunteer on, or off the team with a reason. */
export const setRosterRole = (params: ParamsOf<UsersContract['setRosterRole']>) => callAction('users', 'setRosterRole', params);

/** A team leader's queue of open join requests, oldest first. */
export const teamJoinRequests = (teamId: string, cursor?: string) => callAction('users', 'teamJoinRequests', { teamId, cursor });

/** A team leader (or admin) approves, or declines with a reason. */
export const reviewTeamJoin = (params: ParamsOf<UsersContract['reviewTeamJoin']>) => callAction('users', 'reviewTeamJoin', params);

/** A member asks to join a team; JOIN_PENDING / ALREADY_IN_TEAM / TEAM_ARCHIVED say why not. */
export const applyToTeam = (teamId: string) => callAction('users', 'applyToTeam', { teamId });

/** The caller's own requests to join teams, newest first (我的入队申请). */
export const myTeamJoinRequests = (params: ParamsOf<UsersContract['myTeamJoinRequests']> = {}) =>
  callAction('users', 'myTeamJoinRequests', params);
