import type { ActivitiesContract } from '@core/activities.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { isApprovedMember } from '../member-keys';
import { qrImageOf } from '../qr-image';
import { MEMBER_ROTATION, signCode, slotAt, slotEndsAt } from '../signed-code';

/** The caller's personal code (approved members only): an organiser scans it when the student cannot scan. */
export const memberCode = async ({ caller }: ActionInvocation<ActivitiesContract['memberCode']>) => {
  if (!isApprovedMember(await caller.user())) throw new ActionError('NOT_A_MEMBER', '仅在册成员有成员码，请先在“我的”中完成成员认证');
  const now = new Date();
  const slot = slotAt(now, MEMBER_ROTATION);
  const code = signCode({ t: 'm', u: caller.openid, s: slot });
  return {
    code,
    expiresAt: slotEndsAt(slot, MEMBER_ROTATION).toISOString(),
    qrImage: await qrImageOf(code),
    rotateSeconds: MEMBER_ROTATION.rotateSeconds,
  };
};
