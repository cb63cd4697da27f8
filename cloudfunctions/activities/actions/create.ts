import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { insertActivity, newActivityId, type ActivityDocument } from '../../_lib/activity.repository';
import { toActivity } from '../activity.view';
import { requireTeamOrganiser, storedFieldsOf } from '../activity-fields';
import { coverUrlsOf, requireOwnCover } from '../cover-urls';

/** The caller organises what they create; a leader's activity belongs to their team. */
export const create = async ({ params, caller }: ActionInvocation<ActivitiesContract['create']>) => {
  await requireTeamOrganiser(caller, params.teamId);
  await requireOwnCover(params.coverFileId, caller.openid);
  const now = new Date();
  const user = await caller.user();
  const activity: ActivityDocument = {
    _id: newActivityId(),
    ...storedFieldsOf(params, now),
    signedUpCount: 0,
    organiserOpenid: caller.openid,
    organiserName: user?.name ?? '',
    status: 'scheduled',
    closedAt: null,
    createdAt: now,
  };
  // 62^20 ids: a collision is a broken random source, not bad luck worth retrying.
  if (!(await insertActivity(activity))) throw new ActionError('CONFLICT');
  const covers = await coverUrlsOf([activity.coverFileId], caller);
  return { activity: toActivity(activity, covers.get(activity.coverFileId ?? '') ?? null) };
};
