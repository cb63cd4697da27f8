import type { ActivitiesContract } from '@core/activities.contract';
import { attendanceIdOf, findAttendancesByIds, pageMine, type AttendanceDocument } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivitiesByIds, pagePast, pageUpcoming, type ActivityDocument } from '../../_lib/activity.repository';
import { toActivity, toAttendance } from '../activity.view';
import { coverUrlsOf } from '../cover-urls';

interface Row {
  activity: ActivityDocument;
  mine: AttendanceDocument | null;
}

/** One page of a tab and the cursor of the next. */
type TabPage = { rows: Row[]; nextCursor: string | null };

const mineTab = async (openid: string, cursor: string | undefined, limit: number): Promise<TabPage> => {
  const page = await pageMine(openid, cursor, limit);
  const activities = await findActivitiesByIds(page.items.map((record) => record.activityId));
  return {
    rows: page.items.flatMap((record) => {
      const activity = activities.get(record.activityId);
      return activity ? [{ activity, mine: record }] : [];
    }),
    nextCursor: page.nextCursor,
  };
};

const activityTab = async (tab: 'upcoming' | 'past', openid: string, cursor: string | undefined, limit: number): Promise<TabPage> => {
  const now = new Date();
  const page = tab === 'upcoming' ? await pageUpcoming(now, cursor, limit) : await pagePast(now, cursor, limit);
  const mine = await findAttendancesByIds(page.items.map((activity) => attendanceIdOf(activity._id, openid)));
  return {
    rows: page.items.map((activity) => ({ activity, mine: mine.get(attendanceIdOf(activity._id, openid)) ?? null })),
    nextCursor: page.nextCursor,
  };
};

/**
 * Three tabs, each keyset-paged on its own index. Every row carries the caller's attendance,
 * found with one `$in` read of the deterministic ids (mine: the activities with one `$in` read).
 */
export const list = async ({ params, caller }: ActionInvocation<ActivitiesContract['list']>) => {
  const { rows, nextCursor } =
    params.tab === 'mine'
      ? await mineTab(caller.openid, params.cursor, params.limit)
      : await activityTab(params.tab, caller.openid, params.cursor, params.limit);
  const covers = await coverUrlsOf(
    rows.map((row) => row.activity.coverFileId),
    caller,
  );
  return {
    items: rows.map((row) => ({
      ...toActivity(row.activity, covers.get(row.activity.coverFileId ?? '') ?? null),
      mine: row.mine ? toAttendance(row.mine) : null,
    })),
    nextCursor,
  };
};
