import { bookingStatusLabels } from '@core/booking-status';
import { fullDateText } from '@core/date-words';
import { notifyAfterCommit } from '../_lib/notify/notify';
import type { BookingDocument } from './booking.repository';
import type { SlotDocument } from '../_lib/slot.repository';

/**
 * What the booker hears about their booking, through the platform's `notify`. Called after the
 * transition is stored and never throws (`notifyAfterCommit`): a failed message must not undo a
 * committed change.
 */
export type BookingChange = 'confirmed' | 'started' | 'done' | 'cancelledByLeader' | 'slotCancelled' | 'noShow';

const details: Record<BookingChange, (booking: BookingDocument, reason: string) => string> = {
  confirmed: (booking) => `志愿者${booking.volunteer?.name ?? ''}将为你服务`,
  started: () => '志愿者已开始服务',
  done: () => '服务已完成，欢迎评价',
  cancelledByLeader: (_booking, reason) => `队长取消了预约：${reason}`,
  slotCancelled: (_booking, reason) => `服务时段已取消：${reason}`,
  noShow: () => '未在时段内到场，预约已结束',
};

/** WeChat's `time` keyword takes "2025年3月14日 09:30"; the in-app text reads the same. */
export const bookingTimeText = (booking: Pick<BookingDocument, 'day' | 'startClock'>): string =>
  `${fullDateText(booking.day)} ${booking.startClock}`;

export const notifyBookingChange = async (booking: BookingDocument, change: BookingChange, reason?: string | null): Promise<void> => {
  await notifyAfterCommit(
    booking.openid,
    'bookingStatusChanged',
    {
      service: booking.serviceName,
      status: bookingStatusLabels[booking.status],
      time: bookingTimeText(booking),
      detail: details[change](booking, reason ?? ''),
    },
    // One history entry per transition: the key names this transition, so a retry never repeats it
    // while a later one (a re-assignment, a re-booking cancelled again) is a message of its own.
    { key: `${booking._id}:${booking.history.length}` },
  );
};

export const notifySlotCancelled = async (_slot: SlotDocument, bookings: BookingDocument[], reason: string): Promise<void> => {
  await Promise.all(bookings.map((booking) => notifyBookingChange(booking, 'slotCancelled', reason)));
};
