import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import { changeActivityIn, findActivity, readActivityIn, type ActivityDocument } from '../../_lib/activity.repository';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import { refreshAttendanceCopies } from '../../_lib/attendance.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { inTransaction } from '../../_lib/transaction.repository';
import { toActivity } from '../activity.view';
import { announceChange } from '../activity-notices';
import { coverUrlsOf } from '../cover-urls';
import { ANNOUNCE_AT_ONCE } from './cancel';
import { fullMomentText } from '@core/date-words';

const MINUTE = 60_000;

/**
 * The sign-up window moves with the start (the same shift), but never closes after the new end
 * nor opens after it closes: sign-ups keep their places, and the new window stays coherent.
 */
const movedWindow = (current: ActivityDocument, startAt: Date, endAt: Date) => {
  const shift = startAt.getTime() - new Date(current.startAt).getTime();
  const closes = Math.min(new Date(current.signUpClosesAt).getTime() + shift, endAt.getTime());
  const opens = Math.min(new Date(current.signUpOpensAt).getTime(), closes - MINUTE);
  return { signUpOpensAt: new Date(opens), signUpClosesAt: new Date(closes) };
};

/**
 * Moves a scheduled activity to new times while its check-in has not opened (nobody can have
 * checked in). Change and audit are one transaction; then the sign-ups' copies of the start move
 * (their lists and reminders follow) and the first sign-ups are told.
 */
export const postpone = async ({ params, caller }: ActionInvocation<ActivitiesContract['postpone']>) => {
  const found = await findActivity(params.activityId);
  if (!found) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, found);
  const startAt = new Date(params.startAt);
  const endAt = new Date(params.endAt);

  const activity = await inTransaction(async (tx) => {
    const current = await readActivityIn(tx, params.activityId);
    if (!current || current.status !== 'scheduled') throw new ActionError('ACTIVITY_STATE', '活动已取消或已结束，不能改期');
    const now = new Date();
    const checkInOpens = new Date(current.startAt).getTime() - current.earlyMinutes * MINUTE;
    if (now.getTime() >= checkInOpens) throw new ActionError('ACTIVITY_STATE', '活动已开始签到，不能再改期');
    if (startAt.getTime() === new Date(current.startAt).getTime() && endAt.getTime() === new Date(current.endAt).getTime()) {
      throw new ActionError('INVALID_INPUT', '提交的信息有误：新的时间与原时间相同');
    }
    const change = {
      startAt,
      endAt,
      ...movedWindow(current, startAt, endAt),
      postponement: { reason: params.reason, at: now, fromStartAt: new Date(current.startAt), fromEndAt: new Date(current.endAt) },
      changeVersion: (current.changeVersion ?? 0) + 1,
      updatedAt: now,
    };
    await changeActivityIn(tx, current._id, change);
    await recordAdminChange(
      {
        kind: 'activity.postpone',
        actor: caller,
        target: { type: 'activity', id: current._id, label: current.title },
        before: { startAt: fullMomentText(current.startAt), endAt: fullMomentText(current.endAt) },
        after: { startAt: fullMomentText(startAt), endAt: fullMomentText(endAt) },
        reason: params.reason,
      },
      tx,
    );
    const { holders: _holders, ...rest } = current;
    return { ...rest, ...change, changePending: true } satisfies ActivityDocument;
  });

  await refreshAttendanceCopies(activity._id, { startAt, activityTitle: activity.title });
  const { told } = await announceChange(activity, ANNOUNCE_AT_ONCE);
  const covers = await coverUrlsOf([activity.coverFileId], caller);
  return { activity: toActivity(activity, covers.get(activity.coverFileId ?? '') ?? null), notified: told };
};
