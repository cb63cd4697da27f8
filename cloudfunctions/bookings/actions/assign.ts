import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findUser } from '../../_lib/user.repository';
import { notifyBookingChange } from '../booking-notices';
import { moveBooking, requireBooking } from '../booking-transition';
import { toBooking } from '../booking.view';
import { isStaffOf, loadTeamStaff, requireLeaderOf, teamStaffOf } from '../team-access';

/** The leader assigns a volunteer (or themselves) of the booking's team; re-assigning before the start is allowed. */
export const assign = async ({ params, caller }: ActionInvocation<BookingsContract['assign']>) => {
  const booking = await requireBooking(params.bookingId);
  requireLeaderOf(await loadTeamStaff(caller), booking.teamId);
  const volunteer = teamStaffOf(params.volunteerOpenid, await findUser(params.volunteerOpenid));
  if (!isStaffOf(volunteer, booking.teamId)) throw new ActionError('INVALID_INPUT', '提交的信息有误：volunteerOpenid 所选志愿者不属于本队');
  const assigned = await moveBooking(
    booking,
    'assign',
    { openid: caller.openid, role: 'leader' },
    { changes: { volunteer: { openid: volunteer.openid, name: volunteer.name } } },
  );
  // A re-assignment to someone else tells the booker the new name; the same volunteer again says nothing.
  if (booking.volunteer?.openid !== volunteer.openid) await notifyBookingChange(assigned, 'confirmed');
  return { booking: toBooking(assigned) };
};
