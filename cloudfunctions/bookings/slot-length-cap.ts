import { ActionError } from '../_lib/action-error';

/** The slot's length in whole minutes: what one volunteer can have served in it. */
export const slotLengthMinutes = (booking: { startAt: Date | string; endAt: Date | string }): number =>
  Math.round((new Date(booking.endAt).getTime() - new Date(booking.startAt).getTime()) / 60_000);

/**
 * A service record credits at most the slot's length per volunteer: more is a typo or padding.
 * Only a leader of the team may credit more, and only with a reason (kept on the record and in
 * the booking's history as the audit of the override); anyone else hears the limit.
 */
export const requireWithinSlotLength = (
  booking: { startAt: Date | string; endAt: Date | string },
  minutes: { minutes: number }[],
  override: { role: 'leader' | 'volunteer'; reason: string | undefined },
): { overLength: boolean } => {
  const length = slotLengthMinutes(booking);
  if (minutes.every((row) => row.minutes <= length)) return { overLength: false };
  if (override.role === 'leader' && override.reason) return { overLength: true };
  throw new ActionError('MINUTES_OVER_SLOT', `服务时长不能超过时段长度 ${length} 分钟；如确需超出，请由队长填写原因`);
};
