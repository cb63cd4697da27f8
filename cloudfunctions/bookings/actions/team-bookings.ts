import type { BookingsContract } from '@core/bookings.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listTeamBookings } from '../booking.repository';
import { toBooking } from '../booking.view';
import { dayRange } from '../day-range';
import { loadTeamStaff, requireLeaderOf } from '../team-access';

export const teamBookings = async ({ params, caller }: ActionInvocation<BookingsContract['teamBookings']>) => {
  requireLeaderOf(await loadTeamStaff(caller), params.teamId);
  const range = dayRange(params.from, params.to);
  const bookings = await listTeamBookings({
    teamIds: [params.teamId],
    statuses: params.status ? [params.status] : undefined,
    from: range.from,
    to: range.to,
  });
  return { bookings: bookings.map(toBooking) };
};
