import type { Activity, Attendance, Correction } from '@core/activity.types';
import type { Envelope } from '@core/envelope';
import { getActivity } from '@/services/activities';
import { myCorrections } from '@/services/records';

/** What the detail page shows: the activity, my attendance, my correction request (if any), and whether I organise it. */
export interface ActivityDetail {
  activity: Activity;
  mine: Attendance | null;
  canOrganise: boolean;
  correction: Correction | null;
}

/** Only an attendance closed at the activity's end can have a correction, so only then is the second call made. */
export async function loadActivityDetail(activityId: string): Promise<Envelope<ActivityDetail>> {
  const reply = await getActivity(activityId);
  if (!reply.ok) return reply;
  const { activity, mine, canOrganise } = reply.data;
  if (mine?.closedBy !== 'auto') return { ok: true, data: { activity, mine, canOrganise, correction: null } };
  const corrections = await myCorrections();
  if (!corrections.ok) return corrections;
  // The latest first: a rejected request may be followed by another one.
  const correction =
    corrections.data.corrections
      .filter((entry) => entry.activityId === activityId)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0] ?? null;
  return { ok: true, data: { activity, mine, canOrganise, correction } };
}
