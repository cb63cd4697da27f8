import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listTeamBookings } from '../booking.repository';
import { toBooking } from '../booking.view';
import { loadTeamStaff } from '../team-access';

/** The volunteer 工单 queue: unassigned upcoming jobs of the caller's teams, or the caller's own open jobs. */
export const jobs = async ({ params, caller }: ActionInvocation<BookingsContract['jobs']>) => {
  const staff = await loadTeamStaff(caller);
  const teamIds = [...staff.teams.keys()];
  if (teamIds.length === 0) return { bookings: [] };
  const bookings =
    params.scope === 'open'
      ? await listTeamBookings({ teamIds, statuses: ['submitted'], from: new Date() })
      : await listTeamBookings({ teamIds, statuses: ['confirmed', 'in_service'], volunteerOpenid: caller.openid });
  return { bookings: bookings.map(toBooking) };
};
