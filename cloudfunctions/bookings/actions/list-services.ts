import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { toService } from '../booking.view';
import { listServices as readServices } from '../service.repository';
import { isLeaderOf, loadTeamStaff } from '../team-access';

/** Inactive services are a leader's draft: shown only to a leader of that team. */
export const listServices = async ({ params, caller }: ActionInvocation<BookingsContract['listServices']>) => {
  let includeInactive = false;
  if (params.includeInactive && params.teamId) includeInactive = isLeaderOf(await loadTeamStaff(caller), params.teamId);
  const services = await readServices({ teamId: params.teamId, includeInactive });
  return { services: services.map(toService) };
};
