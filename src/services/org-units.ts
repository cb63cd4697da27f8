import type { ParamsOf } from '@core/action-contract';
import type { UsersContract } from '@core/users.contract';
import { callAction } from './cloud';

/** The 学院 → 团支部 → 班级 tree as a flat list (the app builds the tree). */
export const listOrgUnits = () => callAction('users', 'listOrgUnits', {});

/** The service teams a member may join. */
export const listTeams = () => callAction('users', 'listTeams', {});

/** Admin: creates (no `orgUnitId`) or edits a unit. */
export const saveOrgUnit = (params: ParamsOf<UsersContract['saveOrgUnit']>) => callAction('users', 'saveOrgUnit', params);

/** Admin: refused with ORG_UNIT_IN_USE while anything still points at the unit. */
export const removeOrgUnit = (orgUnitId: string) => callAction('users', 'removeOrgUnit', { orgUnitId });
