import type { StatsContract } from '@core/stats.contract';
import { COUNTER_FIELDS, DISTINCT_FIELDS } from '@core/stats-measures';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { loadOrgTree } from '../../_lib/org-tree';
import { sumCountersByMonthAndTeam, sumScopesByTeam } from '../../_lib/stats/stats.repository';
import { leadsTeam } from '../../_lib/team-leadership';
import { rolesOfUser } from '../../_lib/user.repository';
import { toDashboard } from '../dashboard-view';

/**
 * One dashboard load: the caller (read once by the guard), the org tree when filtering by a unit
 * (cached by warm instances), and two aggregates over the rollups — however many ledger entries,
 * bookings or answers lie under them. Admins see any team; a leader only a team they lead.
 */
export const dashboard = async ({ params, caller }: ActionInvocation<StatsContract['dashboard']>) => {
  const user = await caller.user();
  const isAdmin = rolesOfUser(caller.openid, user).includes('admin');
  if (!isAdmin) {
    if (!params.teamId) throw new ActionError('FORBIDDEN', '没有权限：队长只能查看本队的数据，请选择所在服务队');
    if (!leadsTeam(user, params.teamId)) throw new ActionError('FORBIDDEN', '没有权限：仅本队队长或团委管理员可以查看');
  }
  const orgUnitIds = params.orgUnitId ? (await loadOrgTree()).descendantsOf([params.orgUnitId]) : null;
  const filter = { termId: params.termId, teamId: params.teamId, orgUnitIds };
  const [monthly, scopes] = await Promise.all([
    sumCountersByMonthAndTeam(filter, COUNTER_FIELDS),
    sumScopesByTeam(filter, DISTINCT_FIELDS),
  ]);
  return toDashboard({ termId: params.termId, teamId: params.teamId, orgUnitId: params.orgUnitId }, monthly, scopes);
};
