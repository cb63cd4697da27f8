import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { appendAudit } from '../../_lib/activity-audit.repository';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import type { ActionInvocation } from '../../_lib/define-function';
import { findUser } from '../../_lib/user.repository';
import { findActivity } from '../../_lib/activity.repository';
import { toAttendance } from '../activity.view';
import { requireNotCancelled } from '../cancelled-refusal';
import { checkInMember } from '../check-in-attendance';
import { checkOutMember } from '../check-out-attendance';
import { requireMemberCode, requireScanWindow } from '../code-checks';
import { isApprovedMember } from '../member-keys';

const epochSeconds = (at: Date | string) => new Date(at).getTime() / 1000;

/**
 * The organiser's fallback: scanning a student's member code checks them in (or out) for this
 * activity, creating the attendance when they had not signed up (the organiser vouches). Every
 * change it makes is audited with who and why; a repeat changes nothing and is not audited.
 */
export const scanMember = async ({ params, caller }: ActionInvocation<ActivitiesContract['scanMember']>) => {
  const now = new Date();
  const member = requireMemberCode(params.code, now);
  const [activity, target, organiser] = await Promise.all([findActivity(params.activityId), findUser(member.u), caller.user()]);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, activity);
  requireNotCancelled(activity);
  if (activity.status !== 'scheduled') throw new ActionError('ACTIVITY_STATE');
  requireScanWindow(
    { o: epochSeconds(activity.startAt) - activity.earlyMinutes * 60, c: epochSeconds(activity.endAt) + activity.lateMinutes * 60 },
    now,
  );
  if (!isApprovedMember(target)) throw new ActionError('NOT_A_MEMBER');

  const { record, repeat } =
    params.kind === 'in'
      ? await checkInMember({
          activityId: activity._id,
          openid: member.u,
          now,
          method: 'member_code',
          admit: async () => ({ name: target.name, startAt: new Date(activity.startAt), activityTitle: activity.title }),
        })
      : await checkOutMember(activity, member.u, now);
  if (!repeat) {
    await appendAudit({
      activityId: activity._id,
      action: params.kind === 'in' ? 'member_code_checkin' : 'manual_checkout',
      targetOpenid: member.u,
      targetName: target.name,
      byOpenid: caller.openid,
      byName: organiser?.name ?? '',
      reason: params.kind === 'in' ? '组织者扫描成员码' : '组织者扫描成员码签退',
      at: now,
    });
  }
  return { attendance: toAttendance(record), repeat };
};
