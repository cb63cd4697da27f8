import type { UsersContract } from '@core/users.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { toServiceTeam } from '../org-unit.view';
import { listTeams as readTeams } from '../team.repository';

export const listTeams = async (_: ActionInvocation<UsersContract['listTeams']>) => ({ teams: (await readTeams()).map(toServiceTeam) });
