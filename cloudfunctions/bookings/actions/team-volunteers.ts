import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { loadTeamStaff, requireLeaderOf } from '../team-access';
import { listTeamMembers } from '../../_lib/user.repository';

export const teamVolunteers = async ({ params, caller }: ActionInvocation<BookingsContract['teamVolunteers']>) => {
  requireLeaderOf(await loadTeamStaff(caller), params.teamId);
  return { volunteers: await listTeamMembers(params.teamId) };
};
