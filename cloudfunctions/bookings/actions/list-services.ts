import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listTeams } from '../../_lib/team.repository';
import { toService } from '../booking.view';
import { listServices as readServices } from '../service.repository';
import { isLeaderOf, loadTeamStaff } from '../team-access';

/** Inactive services are a leader's draft: shown only to a leader of that team. An archived team's services are shown to nobody. */
export const listServices = async ({ params, caller }: ActionInvocation<BookingsContract['listServices']>) => {
  let includeInactive = false;
  if (params.includeInactive && params.teamId) includeInactive = isLeaderOf(await loadTeamStaff(caller), params.teamId);
  const [services, teams] = await Promise.all([readServices({ teamId: params.teamId, includeInactive }), listTeams()]);
  const archived = new Set(teams.filter((team) => team.archived === true).map((team) => team._id));
  return { services: services.filter((service) => !archived.has(service.teamId)).map(toService) };
};
