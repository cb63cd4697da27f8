import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import { changeActivityIn, findActivity, readActivityIn, type ActivityDocument } from '../../_lib/activity.repository';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import { markActivityCancelled } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { inTransaction } from '../../_lib/transaction.repository';
import { toActivity } from '../activity.view';
import { announceChange } from '../activity-notices';
import { coverUrlsOf } from '../cover-urls';

/** Sign-ups told by the action itself; the `announceActivityChanges` timer tells the rest. */
export const ANNOUNCE_AT_ONCE = 50;

/**
 * Cancels a scheduled activity that has not ended. The state change and its audit entry are one
 * transaction (of a cancel and a postpone racing, the second conflicts, retries and is refused),
 * then every attendance is marked so no code of it checks anyone in, and the first sign-ups are
 * told. Credited hours stay; the closing timer credits nobody else.
 */
export const cancel = async ({ params, caller }: ActionInvocation<ActivitiesContract['cancel']>) => {
  const found = await findActivity(params.activityId);
  if (!found) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, found);
  const byName = (await caller.user())?.name ?? '';

  const activity = await inTransaction(async (tx) => {
    const current = await readActivityIn(tx, params.activityId);
    if (!current || current.status !== 'scheduled') throw new ActionError('ACTIVITY_STATE', '活动已取消或已结束，不能取消');
    const now = new Date();
    if (new Date(current.endAt) <= now) throw new ActionError('ACTIVITY_STATE', '活动已结束，不能取消');
    const change = {
      status: 'cancelled' as const,
      cancellation: { reason: params.reason, at: now, byName },
      changeVersion: (current.changeVersion ?? 0) + 1,
      updatedAt: now,
    };
    await changeActivityIn(tx, current._id, change);
    await recordAdminChange(
      {
        kind: 'activity.cancel',
        actor: caller,
        target: { type: 'activity', id: current._id, label: current.title },
        before: { status: current.status },
        after: { status: 'cancelled' },
        reason: params.reason,
      },
      tx,
    );
    const { holders: _holders, ...rest } = current;
    return { ...rest, ...change, changePending: true } satisfies ActivityDocument;
  });

  await markActivityCancelled(activity._id);
  const { told } = await announceChange(activity, ANNOUNCE_AT_ONCE);
  const covers = await coverUrlsOf([activity.coverFileId], caller);
  return { activity: toActivity(activity, covers.get(activity.coverFileId ?? '') ?? null), notified: told };
};
