import { HOME_LIST_CAP, type HomeActivity, type HomeBooking, type HomeList, type HomeMessage } from '@core/home.contract';
import type { ActivityDocument } from '../_lib/activity.repository';
import type { AttendanceDocument } from '../_lib/attendance.repository';
import type { MessageDocument } from '../_lib/notify/message.repository';
import type { BookingDocument } from '../bookings/booking.repository';

const MINUTE = 60_000;
/** How many of a capped list 首页 shows; the count says how many more there are. */
export const HOME_ITEMS_SHOWN = 3;

const iso = (at: Date | string): string => new Date(at).toISOString();

/** Rows read with `HOME_LIST_CAP + 1` as their limit (or several such reads merged), capped. */
export const toHomeList = <Row, Item>(rows: Row[], toItem: (row: Row) => Item, more = false): HomeList<Item> => ({
  count: Math.min(rows.length, HOME_LIST_CAP),
  more: more || rows.length > HOME_LIST_CAP,
  items: rows.slice(0, HOME_ITEMS_SHOWN).map(toItem),
});

export const toHomeBooking = (booking: BookingDocument): HomeBooking => ({
  bookingId: booking._id,
  serviceName: booking.serviceName,
  status: booking.status,
  day: booking.day,
  startClock: booking.startClock,
  endClock: booking.endClock,
  startAt: iso(booking.startAt),
  place: booking.place,
  bookerName: booking.bookerName,
  volunteerName: booking.volunteer?.name ?? null,
});

export const toHomeMessage = (message: MessageDocument): HomeMessage => ({
  messageId: message._id,
  title: message.title,
  body: message.body,
  page: message.page,
  createdAt: iso(message.createdAt),
});

/** The moment check-in closes: the end plus the late margin; after it the activity is behind the member. */
export const checkinClosesAt = (activity: ActivityDocument): number => new Date(activity.endAt).getTime() + activity.lateMinutes * MINUTE;

export const toHomeActivity = (activity: ActivityDocument, signUp: AttendanceDocument, now: Date): HomeActivity => {
  const opensAt = new Date(activity.startAt).getTime() - activity.earlyMinutes * MINUTE;
  const cancelled = activity.status === 'cancelled';
  const checkedIn = signUp.checkedInAt instanceof Date || typeof signUp.checkedInAt === 'string';
  return {
    activityId: activity._id,
    title: activity.title,
    place: activity.place,
    startAt: iso(activity.startAt),
    endAt: iso(activity.endAt),
    change: cancelled ? 'cancelled' : activity.postponement ? 'postponed' : null,
    changeReason: cancelled ? (activity.cancellation?.reason ?? null) : (activity.postponement?.reason ?? null),
    movedFrom: !cancelled && activity.postponement ? iso(activity.postponement.fromStartAt) : null,
    checkinOpen: !cancelled && activity.status === 'scheduled' && now.getTime() >= opensAt && now.getTime() <= checkinClosesAt(activity),
    checkinOpensAt: new Date(opensAt).toISOString(),
    checkedIn,
    checkoutDue: checkedIn && activity.checkoutRequired && !signUp.checkedOutAt,
  };
};
