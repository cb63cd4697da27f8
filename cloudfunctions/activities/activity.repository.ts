import { activityIdSchema } from '@core/activity.schema';
import { database } from '../_lib/cloudbase';
import { activities, WITHOUT_HOLDERS, type ActivityDocument } from '../_lib/activities/activity.document';
import { isDuplicateWrite } from '../_lib/database-error';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';

export { findActivity } from '../_lib/activities/activity.document';

const _ = database.command;

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

type EditableFields = Omit<
  ActivityDocument,
  '_id' | 'signedUpCount' | 'organiserOpenid' | 'organiserName' | 'status' | 'closedAt' | 'createdAt'
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
