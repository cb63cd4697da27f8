import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import type { ActionInvocation } from '../../_lib/define-function';
import { findActivity, updateActivityFields } from '../../_lib/activity.repository';
import { refreshAttendanceCopies } from '../../_lib/attendance.repository';
import { toActivity } from '../activity.view';
import { requireTeamOrganiser, storedFieldsOf } from '../activity-fields';
import { coverUrlsOf, requireOwnCover } from '../cover-urls';

/**
 * Edits a scheduled activity. Capacity below the places already taken is refused by the update's
 * own condition (`signedUpCount <= capacity`), so a sign-up landing meanwhile cannot slip past it.
 */
export const update = async ({ params, caller }: ActionInvocation<ActivitiesContract['update']>) => {
  const { activityId, ...fields } = params;
  const current = await findActivity(activityId);
  if (!current) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, current);
  if (fields.teamId !== current.teamId) await requireTeamOrganiser(caller, fields.teamId);
  if (fields.coverFileId !== current.coverFileId) await requireOwnCover(fields.coverFileId, caller.openid);
  if (current.status !== 'scheduled') throw new ActionError('ACTIVITY_STATE');

  const updated = await updateActivityFields(activityId, storedFieldsOf(fields, new Date()));
  if (!updated) {
    const now = await findActivity(activityId);
    if (now && now.status === 'scheduled' && now.signedUpCount > fields.capacity) {
      throw new ActionError('INVALID_INPUT', `提交的信息有误：名额不能少于已报名的 ${now.signedUpCount} 人`);
    }
    throw new ActionError('ACTIVITY_STATE');
  }
  if (updated.title !== current.title || new Date(updated.startAt).getTime() !== new Date(current.startAt).getTime()) {
    await refreshAttendanceCopies(activityId, { startAt: new Date(updated.startAt), activityTitle: updated.title });
  }
  const covers = await coverUrlsOf([updated.coverFileId], caller);
  return { activity: toActivity(updated, covers.get(updated.coverFileId ?? '') ?? null) };
};
