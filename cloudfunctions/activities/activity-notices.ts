import type { ActivityDocument } from '../_lib/activity.repository';
import { markChangeAnnounced } from '../_lib/activity.repository';
import { claimForSignUp, markActivityCancelled, signUpsUnclaimed, type AttendanceDocument } from '../_lib/attendance.repository';
import { notifyAfterCommit } from '../_lib/notify/notify';
import { fullMomentText } from '@core/date-words';

/** Notifies run this many at a time: each is 4–5 round trips, and a batch must stay inside the 10 s timeout. */
const PARALLEL = 10;

const inChunks = async <T>(items: T[], work: (item: T) => Promise<boolean>): Promise<number> => {
  let done = 0;
  for (let i = 0; i < items.length; i += PARALLEL) {
    const results = await Promise.all(items.slice(i, i + PARALLEL).map(work));
    done += results.filter(Boolean).length;
  }
  return done;
};

/** What a sign-up reads about the activity's latest change. */
const changeFields = (activity: ActivityDocument) =>
  activity.status === 'cancelled'
    ? { change: '已取消', detail: `取消原因：${activity.cancellation?.reason ?? ''}` }
    : {
        change: '已改期',
        detail: `新时间：${fullMomentText(activity.startAt)}${activity.postponement ? `；原因：${activity.postponement.reason}` : ''}`,
      };

/**
 * Tells up to `limit` sign-ups of the activity's latest change (cancelled or moved). Each member
 * is claimed by a conditional update of their attendance before the notify, so the action and
 * overlapping timer ticks tell each member once per change; a crash after the claim loses that
 * message rather than repeating it (as notify prefers). Answers how many it told and whether
 * everyone has now heard (then the activity leaves the queue).
 */
export const announceChange = async (activity: ActivityDocument, limit: number): Promise<{ told: number; done: boolean }> => {
  const version = activity.changeVersion ?? 0;
  // Repeated here so a cancel cut off before marking its records is finished by the next tick.
  if (activity.status === 'cancelled') await markActivityCancelled(activity._id);
  const claim = { notifiedChange: version };
  const pending = await signUpsUnclaimed(activity._id, claim, limit);
  const fields = { activityId: activity._id, activity: activity.title, ...changeFields(activity) };
  const told = await inChunks(pending, async (record: AttendanceDocument) => {
    if (!(await claimForSignUp(record._id, claim))) return false;
    await notifyAfterCommit(record.openid, 'activityChanged', fields, { key: `${activity._id}:change:${version}` });
    return true;
  });
  const done = pending.length < limit;
  if (done) await markChangeAnnounced(activity._id, version);
  return { told, done };
};

/**
 * Reminds up to `limit` sign-ups of the activity's start, each once per start time (a move makes a
 * new reminder due); those who withdrew are not signed up and never match.
 */
export const remindSignUps = async (activity: ActivityDocument, limit: number): Promise<number> => {
  const startAt = new Date(activity.startAt);
  const claim = { remindedStartAt: startAt };
  const pending = await signUpsUnclaimed(activity._id, claim, limit);
  const fields = { activityId: activity._id, activity: activity.title, time: fullMomentText(startAt), place: activity.place };
  return inChunks(pending, async (record) => {
    if (!(await claimForSignUp(record._id, claim))) return false;
    await notifyAfterCommit(record.openid, 'activityReminder', fields, { key: `${record._id}:reminder:${startAt.getTime()}` });
    return true;
  });
};
