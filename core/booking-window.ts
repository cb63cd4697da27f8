import { shanghaiDay, shanghaiInstant, addDays } from './shanghai-time';

/**
 * When a slot can be booked and until when the booker may cancel. Per service (leaders edit it
 * in the catalogue); the defaults are the rules: no booking less than 2 h ahead, booking
 * opens 14 days ahead, the booker may cancel until 2 h before.
 */
export interface BookingWindow {
  /** No booking later than this many minutes before the start. */
  minLeadMinutes: number;
  /** Booking opens at 00:00 Asia/Shanghai this many days before the slot's day. */
  maxAheadDays: number;
  /** The booker may cancel until this many minutes before the start; the leader any time. */
  cancelCutoffMinutes: number;
}

export const DEFAULT_BOOKING_WINDOW: BookingWindow = { minLeadMinutes: 120, maxAheadDays: 14, cancelCutoffMinutes: 120 };

const MINUTE_MS = 60_000;

/** Opening is a day boundary so "14 days ahead" means the same to everyone, whatever the hour. */
export const bookableFrom = (startAt: Date, window: BookingWindow): Date =>
  shanghaiInstant(addDays(shanghaiDay(startAt), -window.maxAheadDays));

export const bookableUntil = (startAt: Date, window: BookingWindow): Date =>
  new Date(startAt.getTime() - window.minLeadMinutes * MINUTE_MS);

export const cancellableUntil = (startAt: Date, window: BookingWindow): Date =>
  new Date(startAt.getTime() - window.cancelCutoffMinutes * MINUTE_MS);

export type WindowState = 'not_open' | 'open' | 'closed';

export const windowState = (now: Date, from: Date, until: Date): WindowState =>
  now.getTime() < from.getTime() ? 'not_open' : now.getTime() < until.getTime() ? 'open' : 'closed';
