import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listTeams as readTeams } from '../../_lib/team.repository';
import { toServiceTeams } from '../team.view';

/** Archived teams only for an admin who asks (the 服务队 page); everyone else sees the teams that serve. */
export const listTeams = async ({ params, caller }: ActionInvocation<UsersContract['listTeams']>) => {
  const withArchived = params.includeArchived && (await caller.roles()).includes('admin');
  const teams = (await readTeams()).filter((team) => withArchived || team.archived !== true);
  return { teams: await toServiceTeams(teams, caller) };
};
