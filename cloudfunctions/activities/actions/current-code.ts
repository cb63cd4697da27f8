import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import { requireOrganiser } from '../../_lib/activities/organiser-access';
import type { ActionInvocation } from '../../_lib/define-function';
import { activityCodePayload } from '../activity-code';
import { requireNotCancelled } from '../cancelled-refusal';
import { findActivity } from '../../_lib/activity.repository';
import { qrImageOf } from '../qr-image';
import { ACTIVITY_ROTATION, signCode, slotAt, slotEndsAt } from '../signed-code';

/** The organiser's screen polls this every rotation; the code is signed for the current slot. */
export const currentCode = async ({ params, caller }: ActionInvocation<ActivitiesContract['currentCode']>) => {
  const activity = await findActivity(params.activityId);
  if (!activity) throw new ActionError('NOT_FOUND', '活动不存在或已删除');
  await requireOrganiser(caller, activity);
  requireNotCancelled(activity);
  if (activity.status !== 'scheduled') throw new ActionError('ACTIVITY_STATE');
  const now = new Date();
  const slot = slotAt(now, ACTIVITY_ROTATION);
  const code = signCode(activityCodePayload(activity, params.kind, slot));
  return {
    code,
    expiresAt: slotEndsAt(slot, ACTIVITY_ROTATION).toISOString(),
    qrImage: await qrImageOf(code),
    rotateSeconds: ACTIVITY_ROTATION.rotateSeconds,
  };
};
