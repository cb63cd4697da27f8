import { activityIdSchema } from '@core/activity.schema';
import type { ActivityAudience, ActivityStatus, CheckinCircle, HoursRule } from '@core/activity.types';
import { database } from './cloudbase';
import { isDuplicateWrite } from './database-error';
import { key } from './keyset/key-fields';
import { keyset } from './keyset/keyset';
import { keysetBatches, readKeysetPage } from './keyset/keyset-page.repository';
import { readInTransaction, type TransactionScope } from './transaction.repository';

/**
 * The `activities` collection. `_id` is `act_` + 20 random letters/digits (see `newActivityId`).
 * Shared by the `activities` function (lifecycle, sign-up, check-in) and `records` (close, exports).
 * The owner of the collection: every read and write of an activity is one of the functions below.
 */
export interface ActivityDocument {
  _id: string;
  title: string;
  description: string;
  coverFileId: string | null;
  place: string;
  circle: CheckinCircle | null;
  startAt: Date;
  endAt: Date;
  signUpOpensAt: Date;
  signUpClosesAt: Date;
  capacity: number;
  /** Places taken; moved only by conditional updates (`signedUpCount < capacity`). */
  signedUpCount: number;
  /**
   * The openids holding a place, moved with `signedUpCount` in the same conditional update: "a
   * place is left" and "this member holds none yet" are decided together, so repeated taps can
   * never take a second place (as a slot's `holders` do for bookings). Left out of reads
   * (`WITHOUT_HOLDERS`): up to 5,000 openids nobody but the sign-up needs.
   */
  holders?: string[];
  audience: ActivityAudience;
  /** Audience keys (`all`, `org:<id>`, `team:<id>`) matched against a member's keys, as notices do. */
  audienceKeys: string[];
  hoursRule: HoursRule;
  checkoutRequired: boolean;
  allowWalkIn: boolean;
  earlyMinutes: number;
  lateMinutes: number;
  templateKey: string | null;
  teamId: string | null;
  organiserOpenid: string;
  organiserName: string;
  status: ActivityStatus;
  /** Set when the organiser cancels it; absent before. */
  cancellation?: { reason: string; at: Date; byName: string } | null;
  /** The latest move of its times; absent before. */
  postponement?: { reason: string; at: Date; fromStartAt: Date; fromEndAt: Date } | null;
  /**
   * Counts the cancellations and moves; each attendance records the last one its member was told
   * of (`notifiedChange`), so telling every sign-up is claimable once per member and change.
   */
  changeVersion?: number;
  /** True while some sign-up has not yet been told of `changeVersion` (the announce timer's queue). */
  changePending?: boolean;
  /** Set by the closing timer once every open attendance has been closed and credited. */
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const ACTIVITIES = 'activities';
const activities = () => database.collection(ACTIVITIES);
const _ = database.command;

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const newActivityId = (): string => {
  let id = 'act_';
  for (let i = 0; i < 20; i += 1) id += ID_ALPHABET[Math.floor(Math.random() * ID_ALPHABET.length)];
  return id;
};

/** Projection for every read of activities: the place holders stay in the database. */
const WITHOUT_HOLDERS = { holders: false } as const;

export const findActivity = async (activityId: string): Promise<ActivityDocument | null> => {
  const { data } = await activities().where({ _id: activityId }).field(WITHOUT_HOLDERS).limit(1).get();
  return (data[0] as ActivityDocument | undefined) ?? null;
};

/** A place is free while signedUpCount < capacity: compared inside the database, so no read can go stale. */
const placeLeft = () => _.expr(_.aggregate.lt(['$signedUpCount', '$capacity']));

export const insertActivity = async (activity: ActivityDocument): Promise<boolean> => {
  try {
    await activities().add(activity);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

/**
 * Takes one place in one round trip: scheduled, inside the sign-up window, addressed to one of
 * the member's keys, a place left AND none held by this member already (`holders`), all in one
 * conditional update, so a member's repeated taps cannot take places from others. Null =
 * refused (the caller reads to say why). The updated activity comes back, so sign-up needs no
 * separate read of it.
 */
export const takePlace = async (activityId: string, openid: string, memberKeys: string[], now: Date): Promise<ActivityDocument | null> => {
  const { doc } = await activities()
    .where(
      _.and([
        {
          _id: activityId,
          status: 'scheduled',
          signUpOpensAt: _.lte(now),
          signUpClosesAt: _.gt(now),
          audienceKeys: _.in(memberKeys),
          holders: _.neq(openid),
        },
        placeLeft(),
      ]),
    )
    .updateAndReturn({ signedUpCount: _.inc(1), holders: _.push(openid), updatedAt: now });
  if (!doc) return null;
  const { holders: _holders, ...activity } = doc as ActivityDocument;
  return activity;
};

/** Whether the member holds a place (read only when a place update was refused). */
export const holdsPlace = async (activityId: string, openid: string): Promise<boolean> => {
  const { data } = await activities().where({ _id: activityId, holders: openid }).field({ _id: true }).limit(1).get();
  return data.length > 0;
};

/** Gives the member's place back; only a holder's, so a count can never be returned twice. */
export const releasePlace = async (activityId: string, openid: string): Promise<void> => {
  await activities()
    .where({ _id: activityId, holders: openid, signedUpCount: _.gt(0) })
    .update({ signedUpCount: _.inc(-1), holders: _.pull(openid), updatedAt: new Date() });
};

/** Inside a transaction: the whole activity as the transaction sees it (holders included), or null. */
export const readActivityIn = (tx: TransactionScope, activityId: string): Promise<ActivityDocument | null> =>
  readInTransaction<ActivityDocument>(tx, ACTIVITIES, activityId);

/** What a cancellation or a move writes: the new state and times, and the next change to announce. */
export type ActivityChange = Partial<
  Pick<ActivityDocument, 'status' | 'cancellation' | 'postponement' | 'startAt' | 'endAt' | 'signUpOpensAt' | 'signUpClosesAt'>
> & { changeVersion: number; updatedAt: Date };

/** Inside a transaction: applies a cancellation or move read in the same transaction, queued for announcing. */
export const changeActivityIn = async (tx: TransactionScope, activityId: string, change: ActivityChange): Promise<void> => {
  await tx
    .collection(ACTIVITIES)
    .doc(activityId)
    .update({ ...change, changePending: true });
};

/** Activities with a change some sign-up has not heard of yet, for the announce timer. */
export const activitiesWithPendingChange = async (limit: number): Promise<ActivityDocument[]> => {
  const { data } = await activities().where({ changePending: true }).field(WITHOUT_HOLDERS).limit(limit).get();
  return data as ActivityDocument[];
};

/** Every sign-up has heard of this change; a newer change (another version) stays queued. */
export const markChangeAnnounced = async (activityId: string, changeVersion: number): Promise<void> => {
  await activities().where({ _id: activityId, changePending: true, changeVersion }).update({ changePending: false });
};

/** Scheduled activities starting after `from` and no later than `until`, soonest first (status_startAt index). */
export const activitiesStartingWithin = async (from: Date, until: Date, limit: number): Promise<ActivityDocument[]> => {
  const { data } = await activities()
    .where({ status: 'scheduled', startAt: _.gt(from).and(_.lte(until)) })
    .field(WITHOUT_HOLDERS)
    .orderBy('startAt', 'asc')
    .limit(limit)
    .get();
  return data as ActivityDocument[];
};

type EditableFields = Omit<
  ActivityDocument,
  | '_id'
  | 'signedUpCount'
  | 'organiserOpenid'
  | 'organiserName'
  | 'status'
  | 'closedAt'
  | 'createdAt'
  | 'cancellation'
  | 'postponement'
  | 'changeVersion'
  | 'changePending'
>;

/** Edits a scheduled activity unless the new capacity is below those already signed up (decided by the database). */
export const updateActivityFields = async (activityId: string, fields: EditableFields): Promise<ActivityDocument | null> => {
  const { doc } = await activities()
    .where({ _id: activityId, status: 'scheduled', signedUpCount: _.lte(fields.capacity) })
    .updateAndReturn(fields);
  if (!doc) return null;
  const { holders: _holders, ...activity } = doc as ActivityDocument;
  return activity;
};

/** Not yet ended, soonest first (status_startAt index). */
const SOONEST_FIRST = keyset({ startAt: key.date('asc'), _id: key.id('asc', activityIdSchema) });

/** Ended, latest first (status_endAt index). */
const LATEST_ENDED_FIRST = keyset({ endAt: key.date('desc'), _id: key.id('desc', activityIdSchema) });

export const pageUpcoming = (now: Date, cursor: string | undefined, limit: number) =>
  readKeysetPage<ActivityDocument>(
    activities(),
    SOONEST_FIRST,
    { status: 'scheduled', endAt: _.gt(now) },
    { cursor, limit, projection: WITHOUT_HOLDERS },
  );

/** Held or closed. */
export const pagePast = (now: Date, cursor: string | undefined, limit: number) =>
  readKeysetPage<ActivityDocument>(
    activities(),
    LATEST_ENDED_FIRST,
    { status: _.in(['scheduled', 'closed']), endAt: _.lte(now) },
    { cursor, limit, projection: WITHOUT_HOLDERS },
  );

export const findActivitiesByIds = async (ids: string[]): Promise<Map<string, ActivityDocument>> => {
  if (ids.length === 0) return new Map();
  const { data } = await activities()
    .where({ _id: _.in([...new Set(ids)]) })
    .field(WITHOUT_HOLDERS)
    .limit(1000)
    .get();
  return new Map((data as ActivityDocument[]).map((activity) => [activity._id, activity]));
};

/**
 * Activities not yet closed whose end has passed, oldest end first, over `closedAt_endAt`. The late
 * margin differs per activity, so the caller filters by `closesAt`; a tick reads a bounded batch and
 * the next tick continues.
 */
export const unclosedActivitiesEndedBy = async (now: Date, limit: number): Promise<ActivityDocument[]> => {
  const { data } = await activities()
    .where({ closedAt: null, endAt: _.lte(now) })
    .field(WITHOUT_HOLDERS)
    .orderBy('endAt', 'asc')
    .limit(limit)
    .get();
  return data as ActivityDocument[];
};

/** Marks the activity closed once all its attendance is; later ticks skip it. */
export const markActivityClosed = async (activityId: string, now: Date): Promise<void> => {
  await activities().where({ _id: activityId, closedAt: null }).update({ closedAt: now, updatedAt: now });
};

/** Every activity, in id order and bounded batches (the stats rebuild). */
export const everyActivity = () => keysetBatches<ActivityDocument>(activities(), keyset({ _id: key.id('asc', activityIdSchema) }), {});
