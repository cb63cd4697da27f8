import type { BookingsContract } from '@core/bookings.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findUser } from '../../_lib/user.repository';
import { notifyBookingChange } from '../booking-notices';
import { attachAfterPhoto } from '../booking-photos';
import { moveBooking, requireBooking } from '../booking-transition';
import { toBooking } from '../booking.view';
import { requireWithinSlotLength } from '../slot-length-cap';
import { isStaffOf, loadTeamStaff, requireJobHandler, teamStaffOf } from '../team-access';

/**
 * Closes the job with its service record. Minutes may only be credited to members of the
 * booking's team; they stay unverified until the leader confirms the record. More minutes than the
 * slot lasts need a leader's reason (`overLengthReason`).
 */
export const close = async ({ params, caller }: ActionInvocation<BookingsContract['close']>) => {
  const booking = await requireBooking(params.bookingId);
  const { role, guard } = requireJobHandler(await loadTeamStaff(caller), booking);
  const workers = await Promise.all(params.minutes.map(async (row) => teamStaffOf(row.openid, await findUser(row.openid))));
  const outsider = workers.find((worker) => !isStaffOf(worker, booking.teamId));
  if (outsider) throw new ActionError('INVALID_INPUT', `提交的信息有误：minutes ${outsider.openid} 不是本队志愿者`);
  const reason = params.overLengthReason?.trim() || undefined;
  const { overLength } = requireWithinSlotLength(booking, params.minutes, { role, reason });
  if (params.afterPhoto) await attachAfterPhoto(params.afterPhoto, caller.openid, booking);

  const now = new Date();
  const record = {
    summary: params.summary,
    afterPhoto: params.afterPhoto ?? null,
    overLengthReason: overLength ? (reason ?? null) : null,
    minutes: params.minutes.map((row, index) => ({ openid: row.openid, name: workers[index].name, minutes: row.minutes })),
    closedBy: caller.openid,
    closedAt: now,
    verifiedBy: null,
    verifiedAt: null,
  };
  const closed = await moveBooking(
    booking,
    'close',
    { openid: caller.openid, role },
    {
      guard,
      changes: { record },
      reason: overLength ? `超出时段长度：${reason}` : null,
    },
  );
  await notifyBookingChange(closed, 'done');
  return { booking: toBooking(closed) };
};
