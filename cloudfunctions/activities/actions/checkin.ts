import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation, Caller } from '../../_lib/define-function';
import { findActivity } from '../../_lib/activity.repository';
import { toAttendance } from '../activity.view';
import { checkInMember, type Admission } from '../check-in-attendance';
import { requireActivityCode, requireInsideCircle, requireScanWindow } from '../code-checks';
import { isApprovedMember } from '../member-keys';
import { explainIfCancelled, requireNotCancelled } from '../cancelled-refusal';

/**
 * The hot path: everything but the write is decided from the signed code, so an accepted scan is
 * one database round trip (the router does not read the user: `allow` is everyone). A refused
 * or repeated scan reads once more to say why (a cancelled activity's reason included).
 */
export const checkin = async ({ params, caller }: ActionInvocation<ActivitiesContract['checkin']>) => {
  const now = new Date();
  const code = requireActivityCode(params.code, 'in', now);
  requireScanWindow(code, now);
  requireInsideCircle(code.g, params.location);
  const { record, repeat } = await checkInMember({
    activityId: code.a,
    openid: caller.openid,
    now,
    method: 'scan',
    admit: code.w === 1 ? () => admitWalkIn(code.a, caller) : null,
  }).catch((refusal: unknown) => explainIfCancelled(code.a, refusal));
  return { attendance: toAttendance(record), repeat };
};

/** A walk-in must be an approved member; the activity is read for the record's title and start. */
const admitWalkIn = async (activityId: string, caller: Caller): Promise<Admission> => {
  const [user, activity] = await Promise.all([caller.user(), findActivity(activityId)]);
  if (activity) requireNotCancelled(activity);
  if (!activity || activity.status !== 'scheduled') throw new ActionError('ACTIVITY_STATE');
  if (!isApprovedMember(user)) throw new ActionError('NOT_SIGNED_UP', '该活动仅在册成员可以现场签到，请先完成成员认证');
  return { name: user.name, startAt: new Date(activity.startAt), activityTitle: activity.title };
};
