import type { BookingStatus } from '@core/booking-status';
import { bookingIdSchema } from '@core/booking.schema';
import type { ActorRole, BookingDetails, DetailsKind } from '@core/booking.types';
import { database } from '../_lib/cloudbase';
import { updateOneWhileReturning } from '../_lib/conditional-update.repository';
import { isDuplicateWrite } from '../_lib/database-error';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { keysetBatches, readKeysetPage } from '../_lib/keyset/keyset-page.repository';

export interface HistoryEntryDocument {
  from: BookingStatus | null;
  to: BookingStatus;
  by: string;
  byRole: ActorRole;
  at: Date;
  reason: string | null;
}

export interface ServiceRecordDocument {
  summary: string;
  afterPhoto: string | null;
  /** A leader's reason for crediting more than the slot's length; null when within it (or older records). */
  overLengthReason?: string | null;
  minutes: { openid: string; name: string; minutes: number }[];
  closedBy: string;
  closedAt: Date;
  verifiedBy: string | null;
  verifiedAt: Date | null;
}

/**
 * `bookings`: `_id` = `${slotId}:${openid}`. The id makes "one booking per person and slot" a
 * fact of the data: a second insert is refused, and a cancelled booking is reused (its state
 * moved back by a conditional update) rather than a second document created beside it.
 */
export interface BookingDocument {
  _id: string;
  slotId: string;
  serviceId: string;
  serviceName: string;
  teamId: string;
  detailsKind: DetailsKind;
  openid: string;
  bookerName: string;
  day: string;
  startClock: string;
  endClock: string;
  startAt: Date;
  endAt: Date;
  place: string;
  status: BookingStatus;
  details: BookingDetails;
  note: string;
  photos: string[];
  volunteer: { openid: string; name: string } | null;
  history: HistoryEntryDocument[];
  record: ServiceRecordDocument | null;
  rating: { score: number; comment: string; at: Date } | null;
  cancellableUntil: Date;
  cancelReason: string | null;
  /** Set once by the reminder timer (conditional update), so each reminder goes out at most once. */
  remindedBookerAt: Date | null;
  remindedVolunteerAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const BOOKINGS = 'bookings';
const bookings = () => database.collection(BOOKINGS);
const _ = database.command;

/**
 * The SDK's update merges nested objects field by field (`record.summary`), which fails on a null
 * field and would keep stale keys; object values here are meant whole, so they are `set`.
 */
const whole = (changes: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(changes).map(([key, value]) =>
      value && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value) ? [key, _.set(value)] : [key, value],
    ),
  );

export const bookingIdOf = (slotId: string, openid: string) => `${slotId}:${openid}`;

export const findBooking = async (bookingId: string): Promise<BookingDocument | null> => {
  const { data } = await bookings().doc(bookingId).get();
  return ((Array.isArray(data) ? data[0] : data) as BookingDocument | undefined) ?? null;
};

/** 'inserted', or 'exists' when this person already has a booking document for the slot. */
export const insertBooking = async (booking: BookingDocument): Promise<'inserted' | 'exists'> => {
  try {
    await bookings().add(booking);
    return 'inserted';
  } catch (error) {
    if (isDuplicateWrite(error)) return 'exists';
    throw error;
  }
};

/** Re-books over a cancelled booking of the same slot; false if it is not cancelled (any more). */
export const reuseCancelledBooking = async (booking: BookingDocument): Promise<boolean> => {
  const { _id, history, ...fields } = booking;
  const { updated } = await bookings()
    .where({ _id, status: 'cancelled' })
    .update({ ...whole(fields), history: _.push(history) });
  return (updated ?? 0) > 0;
};

/**
 * The one way a booking changes state: conditional on its current status (and `guard`), so two
 * racing transitions (two volunteers claiming, a cancel against a start) cannot both apply.
 * Answers the updated booking, or null when the condition no longer held.
 */
export const transitionBooking = async (
  bookingId: string,
  from: readonly BookingStatus[],
  guard: Record<string, unknown>,
  changes: Partial<Omit<BookingDocument, 'history'>>,
  entry: HistoryEntryDocument,
): Promise<BookingDocument | null> => {
  const { doc } = await bookings()
    .where({ ...guard, _id: bookingId, status: _.in([...from]) })
    .updateAndReturn({ ...whole(changes), status: entry.to, updatedAt: entry.at, history: _.push(entry) });
  return (doc as BookingDocument | null | undefined) ?? null;
};

/** A field update that does not change the status (record verification), still conditional. */
export const updateBookingWhere = (bookingId: string, guard: Record<string, unknown>, changes: Record<string, unknown>) =>
  updateOneWhileReturning<BookingDocument>(bookings(), bookingId, guard, { ...whole(changes), updatedAt: new Date() });

const LATEST_SLOT_FIRST = keyset({ startAt: key.date('desc'), _id: key.id('desc', bookingIdSchema) });

/** Keyset page of one booker's bookings, latest slot first. */
export const listBookingsOf = (openid: string, cursor: string | undefined, limit: number) =>
  readKeysetPage<BookingDocument>(bookings(), LATEST_SLOT_FIRST, { openid }, { cursor, limit });

export const listTeamBookings = async (filter: {
  teamIds: string[];
  statuses?: readonly BookingStatus[];
  from?: Date;
  to?: Date;
  volunteerOpenid?: string;
}): Promise<BookingDocument[]> => {
  const where: Record<string, unknown> = { teamId: _.in(filter.teamIds) };
  if (filter.statuses) where.status = _.in([...filter.statuses]);
  if (filter.from && filter.to) where.startAt = _.gte(filter.from).and(_.lt(filter.to));
  else if (filter.from) where.startAt = _.gte(filter.from);
  if (filter.volunteerOpenid) where['volunteer.openid'] = filter.volunteerOpenid;
  const { data } = await bookings().where(where).orderBy('startAt', 'asc').limit(500).get();
  return data as BookingDocument[];
};

export const activeBookingsOfSlot = async (slotId: string, statuses: readonly BookingStatus[]): Promise<BookingDocument[]> => {
  const { data } = await bookings()
    .where({ slotId, status: _.in([...statuses]) })
    .limit(100)
    .get();
  return data as BookingDocument[];
};

/** Status by booking id, read 500 ids per query; an id without a booking is absent from the map. */
export const bookingStatusesOf = async (bookingIds: string[]): Promise<Map<string, BookingStatus>> => {
  const statuses = new Map<string, BookingStatus>();
  for (let i = 0; i < bookingIds.length; i += 500) {
    const ids = bookingIds.slice(i, i + 500);
    const { data } = await bookings()
      .where({ _id: _.in(ids) })
      .field({ status: true })
      .limit(ids.length)
      .get();
    for (const row of data as Pick<BookingDocument, '_id' | 'status'>[]) statuses.set(row._id, row.status);
  }
  return statuses;
};

/** A transition guard: the booking's `field` (a date) is still after `now` when the write lands. */
export const stillBefore = (field: 'cancellableUntil' | 'startAt', now: Date) => ({ [field]: _.gt(now) });

/** A transition guard: the booking's `field` (a date) has passed when the write lands. */
export const alreadyPast = (field: 'startAt', now: Date) => ({ [field]: _.lte(now) });

/** Statuses a reminder is still useful for: the booker is expected to come. */
const REMINDABLE = ['submitted', 'confirmed'];

/** One tick never reads more; a busier window is finished by the next tick. */
const PER_TICK = 200;

/**
 * Bookings whose slot starts in (now, until] and still owe a reminder, over the
 * `status_startAt` index. The "still owed" test is repeated by each claim, so a row read here
 * that another tick reminds meanwhile is simply skipped.
 */
export const bookingsStartingWithin = async (now: Date, until: Date): Promise<BookingDocument[]> => {
  const { data } = await bookings()
    .where({ status: _.in(REMINDABLE), startAt: _.gt(now).and(_.lte(until)) })
    .orderBy('startAt', 'asc')
    .limit(PER_TICK)
    .get();
  return (data as BookingDocument[]).filter(
    (booking) => booking.remindedBookerAt == null || (booking.volunteer && booking.remindedVolunteerAt == null),
  );
};

/**
 * Claims one reminder by stamping it, only if still unstamped (and, for the volunteer, still the
 * same volunteer): of two overlapping ticks exactly one update matches, and only that tick sends.
 */
export const claimReminder = async (booking: BookingDocument, who: 'booker' | 'volunteer', at: Date): Promise<boolean> => {
  const field = who === 'booker' ? 'remindedBookerAt' : 'remindedVolunteerAt';
  const condition: Record<string, unknown> = { _id: booking._id, status: _.in(REMINDABLE), [field]: null };
  if (who === 'volunteer') condition['volunteer.openid'] = booking.volunteer?.openid;
  const { updated } = await bookings()
    .where(condition)
    .update({ [field]: at });
  return (updated ?? 0) > 0;
};

/**
 * 首页: a booker's soonest bookings starting at or after `from`, in the given statuses, over the
 * (openid, startAt) index read forwards, so at most `limit` matches are taken whatever the history.
 */
export const soonestBookingsOf = async (
  openid: string,
  statuses: readonly BookingStatus[],
  from: Date,
  limit: number,
): Promise<BookingDocument[]> => {
  const { data } = await bookings()
    .where({ openid, status: _.in([...statuses]), startAt: _.gte(from) })
    .orderBy('startAt', 'asc')
    .limit(limit)
    .get();
  return data as BookingDocument[];
};

/**
 * 首页: one team's bookings in one status starting in [from, to), soonest first, over the
 * (teamId, status, startAt) index with every leading field an equality, so the scan stops at `limit`.
 */
export const teamBookingsStarting = async (
  teamId: string,
  status: BookingStatus,
  range: { from: Date; to?: Date },
  limit: number,
): Promise<BookingDocument[]> => {
  const startAt = range.to ? _.gte(range.from).and(_.lt(range.to)) : _.gte(range.from);
  const { data } = await bookings().where({ teamId, status, startAt }).orderBy('startAt', 'asc').limit(limit).get();
  return data as BookingDocument[];
};

/** Every booking, in id order and bounded batches (the stats rebuild). */
export const everyBooking = () => keysetBatches<BookingDocument>(bookings(), keyset({ _id: key.id('asc', bookingIdSchema) }), {});
