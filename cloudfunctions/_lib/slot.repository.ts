import type { Audience, DetailsKind, SlotStatus } from '@core/booking.types';
import { slotIdSchema } from '@core/booking.schema';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';
import { key } from './keyset/key-fields';
import { keyset } from './keyset/keyset';
import { readKeysetPage } from './keyset/keyset-page.repository';

/**
 * `slots`: one bookable time of one service. `_id` = `${serviceId}_${yyyymmdd}_${hhmm}`, so
 * publishing the same time twice is refused by the database. The seat count lives here as
 * `remaining`, and `holders` lists the openids holding a seat: one conditional update on this
 * document decides SLOT_FULL and ALREADY_BOOKED at once, atomically, however many tap together.
 */
export interface SlotDocument {
  _id: string;
  serviceId: string;
  teamId: string;
  serviceName: string;
  detailsKind: DetailsKind;
  audience: Audience[];
  day: string;
  startClock: string;
  endClock: string;
  startAt: Date;
  endAt: Date;
  place: string;
  capacity: number;
  remaining: number;
  holders: string[];
  status: SlotStatus;
  /** The booking window, computed at publish so the seat update can test it in its condition. */
  bookableFrom: Date;
  bookableUntil: Date;
  cancelCutoffMinutes: number;
  cancelReason: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const SLOTS = 'slots';
const slots = () => database.collection(SLOTS);
const _ = database.command;

export const findSlot = async (slotId: string): Promise<SlotDocument | null> => {
  const { data } = await slots().doc(slotId).get();
  return ((Array.isArray(data) ? data[0] : data) as SlotDocument | undefined) ?? null;
};

/** false when a slot with that id (same service, day and start) already exists. */
export const insertSlot = async (slot: SlotDocument): Promise<boolean> => {
  try {
    await slots().add(slot);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

export const listSlotsOfService = async (serviceId: string, from: Date, to: Date): Promise<SlotDocument[]> => {
  const { data } = await slots()
    .where({ serviceId, startAt: _.gte(from).and(_.lt(to)) })
    .orderBy('startAt', 'asc')
    .limit(1000)
    .get();
  return data as SlotDocument[];
};

/**
 * Takes one seat for `openid` in one round trip: the condition carries every slot rule (open,
 * inside its window, a seat left, not already a holder, the right kind of details). Null =
 * refused; the caller reads the slot to say why. The updated document comes back, so booking
 * needs no separate slot read. Who may book (audience) needs the caller's user document and is
 * checked right after, giving the seat back if it fails.
 */
export const takeSeat = async (
  slotId: string,
  openid: string,
  rule: { detailsKind: DetailsKind; now: Date },
): Promise<SlotDocument | null> => {
  const { doc } = await slots()
    .where({
      _id: slotId,
      status: 'open',
      remaining: _.gt(0),
      holders: _.neq(openid),
      detailsKind: rule.detailsKind,
      bookableFrom: _.lte(rule.now),
      bookableUntil: _.gt(rule.now),
    })
    .updateAndReturn({ remaining: _.inc(-1), holders: _.push(openid), updatedAt: rule.now });
  return (doc as SlotDocument | null | undefined) ?? null;
};

/** Gives the seat back; conditional on the holder, so a repeated release never frees two seats. */
export const releaseSeat = async (slotId: string, openid: string): Promise<boolean> => {
  const { updated } = await slots()
    .where({ _id: slotId, holders: openid })
    .update({ remaining: _.inc(1), holders: _.pull(openid), updatedAt: new Date() });
  return (updated ?? 0) > 0;
};

/** Moves the slot from one of `from` to `to`; null when it was in none of them. */
export const changeSlotStatus = async (
  slotId: string,
  from: SlotStatus[],
  to: SlotStatus,
  extra: Partial<SlotDocument> = {},
): Promise<SlotDocument | null> => {
  const { doc } = await slots()
    .where({ _id: slotId, status: _.in(from) })
    .updateAndReturn({ ...extra, status: to, updatedAt: new Date() });
  return (doc as SlotDocument | null | undefined) ?? null;
};

/**
 * An archived team takes no more bookings: its open slots close (bookings already made stay), so
 * the seat's own conditional update refuses them and a booking spends no extra read on the team.
 */
export const closeOpenSlotsOfTeam = async (teamId: string): Promise<number> => {
  const { updated } = await slots().where({ teamId, status: 'open' }).update({ status: 'closed', updatedAt: new Date() });
  return updated ?? 0;
};

/** Catalogue edits reach the service's future slots (not the window: it was fixed at publish). */
export const refreshFutureSlots = async (serviceId: string, fields: Pick<SlotDocument, 'serviceName' | 'audience'>): Promise<void> => {
  await slots()
    .where({ serviceId, startAt: _.gt(new Date()) })
    .update({ ...fields, updatedAt: new Date() });
};

/** What the seat sweep reads of a slot. */
export type SlotSeats = Pick<SlotDocument, '_id' | 'startAt' | 'holders' | 'remaining' | 'updatedAt'>;

const SOONEST_FIRST = keyset({ startAt: key.date('asc'), _id: key.id('asc', slotIdSchema) });

/** Open slots still to start, soonest first (status, startAt index): the only seats anyone can still take. */
export const pageOpenSlots = (now: Date, cursor: string | undefined, limit: number) =>
  readKeysetPage<SlotSeats>(
    slots(),
    SOONEST_FIRST,
    { status: 'open', startAt: _.gt(now) },
    { cursor, limit, projection: { startAt: true, holders: true, remaining: true, updatedAt: true } },
  );

/** One service's slots starting at or after `from`, every status, soonest first (service, startAt index). */
export const pageSlotsOfService = (serviceId: string, from: Date, cursor: string | undefined, limit: number) =>
  readKeysetPage<SlotDocument>(slots(), SOONEST_FIRST, { serviceId, startAt: _.gte(from) }, { cursor, limit });

/**
 * Gives back the seats `openids` hold without a booking, in one update: only while each still
 * holds one (so the count given back is exact) and no seat of the slot has moved since
 * `settledBefore` (so a booking still on its way to its insert keeps its seat). A repeat matches
 * nothing: the update itself moves `updatedAt` and pulls the holders.
 */
export const returnUnbookedSeats = async (slotId: string, openids: string[], settledBefore: Date, now: Date): Promise<boolean> => {
  const { updated } = await slots()
    .where({ _id: slotId, holders: _.all(openids), updatedAt: _.lte(settledBefore) })
    .update({ remaining: _.inc(openids.length), holders: _.pullAll(openids), updatedAt: now });
  return (updated ?? 0) > 0;
};
