import type { ActivitiesContract } from '@core/activities.contract';
import { checkinWindowOf, checkinWindowState } from '@core/checkin-window';
import { ActionError } from '../../_lib/action-error';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import type { ActionInvocation } from '../../_lib/define-function';
import { activityCodePayload } from '../activity-code';
import { requireNotCancelled } from '../cancelled-refusal';
import { findActivity } from '../../_lib/activity.repository';
import { qrImageOf } from '../qr-image';
import { ACTIVITY_ROTATION, signCode, slotAt, slotEndsAt } from '../signed-code';
import { fullMomentText } from '@core/date-words';

/**
 * The organiser's screen polls this every rotation; the code is signed for the current slot.
 * Only inside the check-in window: a code fetched months early would be a screenshot waiting to
 * be passed around, so outside it the organiser hears when it opens (or that it has closed).
 */
export const currentCode = async ({ params, caller }: ActionInvocation<ActivitiesContract['currentCode']>) => {
  const activity = await findActivity(params.activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, activity);
  requireNotCancelled(activity);
  if (activity.status !== 'scheduled') throw new ActionError('ACTIVITY_STATE');
  const now = new Date();
  const window = checkinWindowOf(activity);
  const state = checkinWindowState(window, now);
  const label = params.kind === 'in' ? '签到码' : '签退码';
  if (state === 'before') throw new ActionError('CHECKIN_NOT_OPEN', `签到将于 ${fullMomentText(window.opensAt)} 开放，届时可出示${label}`);
  if (state === 'after') throw new ActionError('ENDED', `活动签到已于 ${fullMomentText(window.closesAt)} 结束`);
  const slot = slotAt(now, ACTIVITY_ROTATION);
  const code = signCode(activityCodePayload(activity, params.kind, slot));
  return {
    code,
    expiresAt: slotEndsAt(slot, ACTIVITY_ROTATION).toISOString(),
    qrImage: await qrImageOf(code),
    rotateSeconds: ACTIVITY_ROTATION.rotateSeconds,
  };
};
