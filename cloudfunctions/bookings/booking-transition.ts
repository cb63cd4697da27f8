import { bookingStatusLabels, canTransition, TRANSITION_TARGET, type BookingTransition } from '@core/booking-status';
import type { BookingStatus } from '@core/booking-status';
import type { ActorRole } from '@core/booking.types';
import { ActionError } from '../_lib/action-error';
import { findBooking, transitionBooking, type BookingDocument } from './booking.repository';
import { bookingFacts } from '../_lib/stats/stat-facts-of';
import { pendingFacts } from '../_lib/stats/count-facts';

const verbs: Record<BookingTransition, string> = {
  assign: '指派志愿者',
  claim: '接单',
  start: '开始服务',
  close: '完成服务',
  rate: '评价',
  noShow: '标记未到场',
  cancelByBooker: '取消预约',
  cancelByLeader: '取消预约',
};

const COUNTED: ReadonlySet<BookingStatus> = new Set(['done', 'rated', 'no_show']);

export const invalidTransition = (status: BookingStatus, transition: BookingTransition) =>
  new ActionError('INVALID_TRANSITION', `预约当前为「${bookingStatusLabels[status]}」，不能${verbs[transition]}`);

export interface Actor {
  openid: string;
  role: ActorRole;
}

/**
 * Checks the transition against the workflow table, then applies it conditionally on the exact
 * status that was read (plus `guard`), recording who and when. If someone else changed the
 * booking in between, the update matches nothing and the caller hears the state it is now in.
 */
export const moveBooking = async (
  booking: BookingDocument,
  transition: BookingTransition,
  actor: Actor,
  options: { changes?: Partial<BookingDocument>; guard?: Record<string, unknown>; reason?: string | null } = {},
): Promise<BookingDocument> => {
  if (!canTransition(transition, booking.status)) throw invalidTransition(booking.status, transition);
  const entry = {
    from: booking.status,
    to: TRANSITION_TARGET[transition],
    by: actor.openid,
    byRole: actor.role,
    at: new Date(),
    reason: options.reason ?? null,
  };
  // Only moves into a counted state leave a note (bookingFacts reads done, rated and no-show).
  const pending = COUNTED.has(entry.to) ? await pendingFacts({ kind: 'booking', id: booking._id }) : null;
  const updated = await transitionBooking(booking._id, [booking.status], options.guard ?? {}, options.changes ?? {}, entry);
  if (updated) {
    await pending?.count(`bookings.${transition}`, bookingFacts(updated));
    return updated;
  }
  await pending?.drop();
  const current = await findBooking(booking._id);
  if (!current) throw new ActionError('NOT_FOUND', '预约不存在');
  if (current.status === booking.status) throw new ActionError('CONFLICT');
  throw invalidTransition(current.status, transition);
};

export const requireBooking = async (bookingId: string): Promise<BookingDocument> => {
  const booking = await findBooking(bookingId);
  if (!booking) throw new ActionError('NOT_FOUND', '预约不存在');
  return booking;
};
