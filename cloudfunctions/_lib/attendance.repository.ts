import { attendanceIdSchema } from '@core/activity.schema';
import type { AttendanceCounts, CheckinMethod, CloseMethod } from '@core/activity.types';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';
import { key } from './keyset/key-fields';
import { keyset } from './keyset/keyset';
import { keysetBatches, readKeysetPage } from './keyset/keyset-page.repository';
import { readInTransaction, type TransactionScope } from './transaction.repository';

/**
 * The `attendance` collection: one document per (activity, member), `_id` =
 * `${activityId}:${openid}`. Sign-up creates it, so a check-in is one conditional update on a
 * known id (`checkedInAt` absent → now, by `$min`, which also answers a repeat scan in that one
 * request) and a second scan can never make a second record.
 * Walk-ins and manual additions create it at check-in instead, under the same id.
 * The owner of the collection: activities (sign-up, check-in) and records (manual additions,
 * corrections, the closing timer, exports) read and write it only through the functions below.
 */
export interface AttendanceDocument {
  _id: string;
  activityId: string;
  openid: string;
  name: string;
  /** `cancelled` keeps the document (and its id) for a later sign-up again. */
  status: 'signed_up' | 'cancelled';
  /** Copied from the activity so "mine" lists sort without a join. */
  startAt: Date;
  activityTitle: string;
  signedUpAt: Date | null;
  /**
   * Absent until check-in (sign-up leaves it out: `$min` would keep a null, which sorts below any
   * time); null in records written before. Both match `{checkedInAt: null}`, neither `_.neq(null)`.
   */
  checkedInAt?: Date | null;
  checkinMethod: CheckinMethod | null;
  checkedOutAt: Date | null;
  closedBy: CloseMethod | null;
  minutes: number | null;
  /**
   * True when a sign-up holds a place for this record (the member is in the activity's `holders`);
   * walk-ins and manual additions hold none. Tells a repeat sign-up whose attendance another tap
   * already wrote for the same place to keep that place rather than give it back.
   */
  placeHeld?: boolean;
  /**
   * Set on every record of an activity the organiser cancelled, so the check-in's one conditional
   * update refuses it without reading the activity (absent = not cancelled).
   */
  activityCancelled?: boolean;
  /** The activity's `changeVersion` this member was last told of (claimed before the notice goes out). */
  notifiedChange?: number;
  /** The start this member was reminded of (claimed before the reminder goes out); a move makes a new reminder due. */
  remindedStartAt?: Date | null;
  updatedAt: Date;
}

const ATTENDANCE = 'attendance';
const attendance = () => database.collection(ATTENDANCE);
const _ = database.command;

export const attendanceIdOf = (activityId: string, openid: string): string => `${activityId}:${openid}`;

const one = (doc: unknown): AttendanceDocument | null => (doc as AttendanceDocument | null | undefined) ?? null;

export const findAttendance = async (attendanceId: string): Promise<AttendanceDocument | null> => {
  const { data } = await attendance().where({ _id: attendanceId }).limit(1).get();
  return one(data[0]);
};

/**
 * The check-in itself, first and repeat scans alike: one conditional update on the known id,
 * answering the record. It matches a signed-up attendance not yet checked in (`checkedInAt`
 * absent: sign-up leaves it out) or checked in strictly before `now` by the same method; `$min`
 * sets an absent time and keeps an earlier one, so a repeat changes nothing the member sees.
 * Answered `checkedInAt` = now means this scan checked in (a tie or a later time from a concurrent
 * scan does not match, so two scans can never both be first). null means "look to say why": not
 * signed up, another method, a concurrent scan, or a record from before (checkedInAt null).
 */
export const markCheckedIn = async (attendanceId: string, now: Date, method: CheckinMethod): Promise<AttendanceDocument | null> => {
  const { doc } = await attendance()
    .where({
      _id: attendanceId,
      status: 'signed_up',
      activityCancelled: _.neq(true),
      checkinMethod: _.in([null, method]),
      checkedInAt: _.exists(false).or(_.lt(now)),
    })
    .updateAndReturn({ checkedInAt: _.min(now), checkinMethod: method, updatedAt: now });
  return one(doc);
};

/** The check-in of a record written with `checkedInAt: null` (before sign-up left it out). */
export const markNullCheckedIn = async (attendanceId: string, now: Date, method: CheckinMethod): Promise<AttendanceDocument | null> => {
  const { doc } = await attendance()
    .where({ _id: attendanceId, status: 'signed_up', activityCancelled: _.neq(true), checkedInAt: null })
    .updateAndReturn({ checkedInAt: now, checkinMethod: method, updatedAt: now });
  return one(doc);
};

/** false when the id exists already (a concurrent sign-up, walk-in, or an earlier cancelled one). */
export const insertAttendance = async (record: AttendanceDocument): Promise<boolean> => {
  try {
    await attendance().add(record);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

/**
 * Brings a cancelled attendance back (sign-up again, walk-in, organiser scan); null when it was
 * not cancelled. A sign-up (`checkedInAt` null) removes the field, as a new sign-up leaves it out.
 */
export const reviveAttendance = async (
  attendanceId: string,
  fields: Pick<AttendanceDocument, 'name' | 'signedUpAt' | 'checkinMethod' | 'startAt' | 'activityTitle' | 'updatedAt'> & {
    checkedInAt: Date | null;
    /** Only a sign-up holds a place; walk-ins and organiser scans bring the record back without one. */
    placeHeld?: boolean;
  },
): Promise<AttendanceDocument | null> => {
  const { doc } = await attendance()
    .where({ _id: attendanceId, status: 'cancelled' })
    .updateAndReturn({
      ...fields,
      placeHeld: fields.placeHeld ?? false,
      checkedInAt: fields.checkedInAt ?? _.remove(),
      status: 'signed_up',
      checkedOutAt: null,
      closedBy: null,
      minutes: null,
    });
  return one(doc);
};

/** Cancels a sign-up not yet checked in; null when there was none to cancel. */
export const cancelAttendance = async (attendanceId: string, now: Date): Promise<AttendanceDocument | null> => {
  const { doc } = await attendance()
    .where({ _id: attendanceId, status: 'signed_up', checkedInAt: null })
    .updateAndReturn({ status: 'cancelled', updatedAt: now });
  return one(doc);
};

/** Closes a checked-in, still open attendance with its credited minutes; null when it was not open. */
export const closeAttendance = async (attendanceId: string, now: Date, minutes: number): Promise<AttendanceDocument | null> => {
  const { doc } = await attendance()
    .where({ _id: attendanceId, status: 'signed_up', checkedInAt: _.neq(null), checkedOutAt: null })
    .updateAndReturn({ checkedOutAt: now, closedBy: 'checkout', minutes, updatedAt: now });
  return one(doc);
};

export const findAttendancesByIds = async (ids: string[]): Promise<Map<string, AttendanceDocument>> => {
  if (ids.length === 0) return new Map();
  const { data } = await attendance()
    .where({ _id: _.in([...new Set(ids)]) })
    .limit(1000)
    .get();
  return new Map((data as AttendanceDocument[]).map((record) => [record._id, record]));
};

/** The member's sign-ups, latest activity first (openid_startAt index). */
const LATEST_START_FIRST = keyset({ startAt: key.date('desc'), _id: key.id('desc', attendanceIdSchema) });

export const pageMine = (openid: string, cursor: string | undefined, limit: number) =>
  readKeysetPage<AttendanceDocument>(attendance(), LATEST_START_FIRST, { openid, status: 'signed_up' }, { cursor, limit });

export const countAttendance = async (activityId: string): Promise<AttendanceCounts> => {
  const [signedUp, checkedIn, checkedOut] = await Promise.all([
    attendance().where({ activityId, status: 'signed_up' }).count(),
    attendance()
      .where({ activityId, status: 'signed_up', checkedInAt: _.neq(null) })
      .count(),
    attendance()
      .where({ activityId, status: 'signed_up', checkedOutAt: _.neq(null) })
      .count(),
  ]);
  return { signedUp: signedUp.total ?? 0, checkedIn: checkedIn.total ?? 0, checkedOut: checkedOut.total ?? 0 };
};

/** Checked in (latest first), then the rest (null sorts lowest), by id (activity_checkedInAt index). */
const LATEST_CHECKIN_FIRST = keyset({ checkedInAt: key.nullableDate('desc'), _id: key.id('asc', attendanceIdSchema) });

export const pageAttendance = (activityId: string, cursor: string | undefined, limit: number) =>
  readKeysetPage<AttendanceDocument>(attendance(), LATEST_CHECKIN_FIRST, { activityId, status: 'signed_up' }, { cursor, limit });

/** Sign-ups carry the title and start for the "mine" list; an edit of either reaches them. */
export const refreshAttendanceCopies = async (activityId: string, fields: Pick<AttendanceDocument, 'startAt' | 'activityTitle'>) => {
  await attendance()
    .where({ activityId })
    .update({ ...fields, updatedAt: new Date() });
};

/**
 * The openids of an activity's participants in one group (signed up / checked in / signed up
 * but never checked in), walked in bounded batches; at most the activity's capacity plus walk-ins.
 */
export const participantOpenids = async (activityId: string, group: 'signedUp' | 'checkedIn' | 'absent'): Promise<string[]> => {
  const filter =
    group === 'checkedIn'
      ? { activityId, status: 'signed_up', checkedInAt: _.neq(null) }
      : group === 'absent'
        ? { activityId, status: 'signed_up', checkedInAt: null }
        : { activityId, status: 'signed_up' };
  const openids: string[] = [];
  for await (const batch of keysetBatches<AttendanceDocument>(attendance(), BY_ID, filter)) openids.push(...batch.map((row) => row.openid));
  return openids;
};

/** Marks every record of a cancelled activity, so no code of it checks anyone in; repeatable. */
export const markActivityCancelled = async (activityId: string): Promise<void> => {
  await attendance()
    .where({ activityId, activityCancelled: _.neq(true) })
    .update({ activityCancelled: true, updatedAt: new Date() });
};

/**
 * What a sign-up has been sent about its activity, claimed before each message goes out: the
 * change (`changeVersion`) it was told of, or the start it was reminded of (a move makes a new
 * reminder due).
 */
export type SignUpClaim = Pick<AttendanceDocument, 'notifiedChange'> | Pick<AttendanceDocument, 'remindedStartAt'>;

/** The claim's field differs from its value: not yet sent. */
const unclaimed = (claim: SignUpClaim) => Object.fromEntries(Object.entries(claim).map(([field, value]) => [field, _.neq(value)]));

/** Sign-ups (withdrawn ones excluded) not yet holding this claim: a bounded batch; the caller claims each. */
export const signUpsUnclaimed = async (activityId: string, claim: SignUpClaim, limit: number): Promise<AttendanceDocument[]> => {
  const { data } = await attendance()
    .where({ activityId, status: 'signed_up', ...unclaimed(claim) })
    .limit(limit)
    .get();
  return data as AttendanceDocument[];
};

/** Claims one message to a member still signed up: of overlapping ticks and the action itself exactly one wins. */
export const claimForSignUp = async (attendanceId: string, claim: SignUpClaim): Promise<boolean> => {
  const { updated } = await attendance()
    .where({ _id: attendanceId, status: 'signed_up', ...unclaimed(claim) })
    // updatedAt always changes, so only the condition decides the winner: an update that wrote the
    // same value would report 0 updated and hide a missing condition from every overlapping-tick test.
    .update({ ...claim, updatedAt: new Date() });
  return (updated ?? 0) > 0;
};

/** In `_id` order: server-side walks (the closing timer, the export), never a client cursor. */
const BY_ID = keyset({ _id: key.id('asc', attendanceIdSchema) });

/** Every attendance of the activity in bounded batches (the export filters and sorts them). */
export const attendanceOfActivity = (activityId: string) => keysetBatches<AttendanceDocument>(attendance(), BY_ID, { activityId });

/** Checked in, never closed, in bounded batches; the timer closes each batch before reading the next. */
export const openAttendanceOf = (activityId: string) =>
  keysetBatches<AttendanceDocument>(attendance(), BY_ID, { activityId, checkedInAt: _.neq(null), closedBy: null });

/**
 * Closes one attendance only if still open: of two overlapping ticks (or a tick and a retry) exactly
 * one update matches.
 */
export const closeAttendanceIfOpen = async (attendanceId: string, minutes: number, now: Date): Promise<boolean> => {
  const { updated } = await attendance()
    .where({ _id: attendanceId, closedBy: null, checkedOutAt: null })
    .update({ closedBy: 'auto', minutes, updatedAt: now });
  return (updated ?? 0) > 0;
};

/**
 * Where check-out is required every open record ends the same way (0 minutes, nothing credited),
 * so they close in one conditional multi-document update; answers how many it closed. Records
 * closed meanwhile no longer match, so overlapping ticks never close one twice.
 */
export const closeOpenAttendanceAtZero = async (activityId: string, now: Date): Promise<number> => {
  const { updated } = await attendance()
    .where({ activityId, checkedInAt: _.neq(null), closedBy: null, checkedOutAt: null })
    .update({ closedBy: 'auto', minutes: 0, updatedAt: now });
  return updated ?? 0;
};

/** Inside a transaction: the attendance as the transaction sees it, or null. */
export const readAttendanceIn = (tx: TransactionScope, attendanceId: string): Promise<AttendanceDocument | null> =>
  readInTransaction<AttendanceDocument>(tx, ATTENDANCE, attendanceId);

/** Inside a transaction: the record's whole document, created or replaced (a manual addition). */
export const saveAttendanceIn = async (tx: TransactionScope, record: AttendanceDocument): Promise<void> => {
  const { _id, ...body } = record;
  await tx.collection(ATTENDANCE).doc(_id).set(body);
};

/** Inside a transaction: an approved correction gives the auto-closed record its check-out and minutes. */
export const closeByCorrectionIn = async (
  tx: TransactionScope,
  attendanceId: string,
  closing: { checkedOutAt: Date; minutes: number; now: Date },
): Promise<void> => {
  await tx
    .collection(ATTENDANCE)
    .doc(attendanceId)
    .update({ closedBy: 'correction', checkedOutAt: closing.checkedOutAt, minutes: closing.minutes, updatedAt: closing.now });
};

/**
 * 首页: the member's sign-ups starting at or after `from`, soonest first, over the (openid,
 * startAt) index read forwards: at most `limit` matches, whatever the member's history.
 */
export const soonestSignUpsOf = async (openid: string, from: Date, limit: number): Promise<AttendanceDocument[]> => {
  const { data } = await attendance()
    .where({ openid, status: 'signed_up', startAt: _.gte(from) })
    .orderBy('startAt', 'asc')
    .limit(limit)
    .get();
  return data as AttendanceDocument[];
};

/** The member's checked-in attendances that credited nothing (0 minutes, or not closed yet): 我的志愿时长 lists them with why. */
export const uncreditedAttendancesOf = async (openid: string): Promise<AttendanceDocument[]> => {
  const { data } = await attendance()
    .where({ openid, status: 'signed_up', checkedInAt: _.neq(null), minutes: _.in([0, null]) })
    .orderBy('startAt', 'desc')
    .limit(100)
    .get();
  return data as AttendanceDocument[];
};

/**
 * Unexcused no-shows per member among activities that started in [from, to): still signed up,
 * never checked in, the activity not cancelled (a cancelled sign-up or activity is excused).
 */
export const noShowCountsBetween = async (from: Date, to: Date): Promise<Map<string, number>> => {
  const $ = database.command.aggregate;
  const { data } = await attendance()
    .aggregate()
    .match({ status: 'signed_up', startAt: _.gte(from).and(_.lt(to)), checkedInAt: null, activityCancelled: _.neq(true) })
    .group({ _id: '$openid', n: $.sum(1) })
    .limit(100_000)
    .end();
  return new Map((data as { _id: string; n: number }[]).map((row) => [row._id, row.n]));
};

/** Every attendance record, in id order and bounded batches (the stats rebuild). */
export const everyAttendance = () =>
  keysetBatches<AttendanceDocument>(attendance(), keyset({ _id: key.id('asc', attendanceIdSchema) }), {});
