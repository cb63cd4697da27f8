/**
 * The booking workflow: submitted → confirmed (volunteer assigned or claimed) → in_service →
 * done (service record written) → rated; cancelled and no_show end it early. The table below is
 * the one rule; the server's conditional updates use it as their `status` condition.
 */
export const BOOKING_STATUSES = ['submitted', 'confirmed', 'in_service', 'done', 'rated', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const bookingStatusLabels: Record<BookingStatus, string> = {
  submitted: '待确认',
  confirmed: '已确认',
  in_service: '服务中',
  done: '已完成',
  rated: '已评价',
  cancelled: '已取消',
  no_show: '未到场',
};

/** A booking that holds a seat and blocks a second booking of the same slot by the same person. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['submitted', 'confirmed', 'in_service'];

export const BOOKING_TRANSITIONS = {
  /** Leader assigns (or re-assigns before the job starts). */
  assign: ['submitted', 'confirmed'],
  /** A volunteer of the team takes an unassigned job. */
  claim: ['submitted'],
  start: ['confirmed'],
  close: ['in_service'],
  rate: ['done'],
  noShow: ['confirmed'],
  /** The booker, until the cut-off. */
  cancelByBooker: ['submitted', 'confirmed'],
  /** The leader, any time before the service is done, with a reason. */
  cancelByLeader: ['submitted', 'confirmed', 'in_service'],
} as const satisfies Record<string, readonly BookingStatus[]>;

export type BookingTransition = keyof typeof BOOKING_TRANSITIONS;

export const TRANSITION_TARGET: Record<BookingTransition, BookingStatus> = {
  assign: 'confirmed',
  claim: 'confirmed',
  start: 'in_service',
  close: 'done',
  rate: 'rated',
  noShow: 'no_show',
  cancelByBooker: 'cancelled',
  cancelByLeader: 'cancelled',
};

export const canTransition = (transition: BookingTransition, from: BookingStatus): boolean =>
  (BOOKING_TRANSITIONS[transition] as readonly BookingStatus[]).includes(from);
