import type { ActivitiesContract } from '@core/activities.contract';
import type { ActivityDocument } from '../../_lib/activities/activity.document';
import { attendanceIdOf, type AttendanceDocument } from '../../_lib/activities/attendance.document';
import type { ActionInvocation } from '../../_lib/define-function';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../_lib/notify/keyset-cursor';
import { findActivitiesByIds, pagePast, pageUpcoming } from '../activity.repository';
import { findAttendancesByIds, pageMine } from '../attendance.repository';
import { toActivity, toAttendance } from '../activity.view';
import { coverUrlsOf } from '../cover-urls';

interface Row {
  activity: ActivityDocument;
  mine: AttendanceDocument | null;
}

/** One page of a tab, plus the keyset position of its last row when another page follows. */
type TabPage = { rows: Row[]; next: { at: Date; id: string } | null };

const keyOfLast = <T>(page: T[], limit: number, key: (row: T) => { at: Date; id: string }) =>
  page.length > limit ? key(page[limit - 1]) : null;

const mineTab = async (openid: string, after: { at: Date; id: string } | null, limit: number): Promise<TabPage> => {
  const page = await pageMine(openid, after, limit + 1);
  const shown = page.slice(0, limit);
  const activities = await findActivitiesByIds(shown.map((record) => record.activityId));
  return {
    rows: shown.flatMap((record) => {
      const activity = activities.get(record.activityId);
      return activity ? [{ activity, mine: record }] : [];
    }),
    next: keyOfLast(page, limit, (record) => ({ at: new Date(record.startAt), id: record._id })),
  };
};

const activityTab = async (tab: 'upcoming' | 'past', openid: string, after: { at: Date; id: string } | null, limit: number) => {
  const now = new Date();
  const page = tab === 'upcoming' ? await pageUpcoming(now, after, limit + 1) : await pagePast(now, after, limit + 1);
  const shown = page.slice(0, limit);
  const mine = await findAttendancesByIds(shown.map((activity) => attendanceIdOf(activity._id, openid)));
  return {
    rows: shown.map((activity) => ({ activity, mine: mine.get(attendanceIdOf(activity._id, openid)) ?? null })),
    next: keyOfLast(page, limit, (activity) => ({
      at: new Date(tab === 'upcoming' ? activity.startAt : activity.endAt),
      id: activity._id,
    })),
  };
};

/**
 * Three tabs, each keyset-paged on its own index. Every row carries the caller's attendance,
 * found with one `$in` read of the deterministic ids (mine: the activities with one `$in` read).
 */
export const list = async ({ params, caller }: ActionInvocation<ActivitiesContract['list']>) => {
  const cursor = params.cursor ? decodeKeysetCursor(params.cursor) : null;
  const after = cursor ? { at: new Date(cursor.at), id: cursor.id } : null;
  const { rows, next } =
    params.tab === 'mine'
      ? await mineTab(caller.openid, after, params.limit)
      : await activityTab(params.tab, caller.openid, after, params.limit);
  const covers = await coverUrlsOf(
    rows.map((row) => row.activity.coverFileId),
    caller,
  );
  return {
    items: rows.map((row) => ({
      ...toActivity(row.activity, covers.get(row.activity.coverFileId ?? '') ?? null),
      mine: row.mine ? toAttendance(row.mine) : null,
    })),
    nextCursor: next ? encodeKeysetCursor(next.at.getTime(), next.id) : null,
  };
};
