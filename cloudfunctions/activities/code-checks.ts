import type { ActivityCodeKind, ActivityCodePayload, MemberCodePayload } from '@core/signed-code-format';
import { isInsideCircle } from '@core/geo-distance';
import { ActionError } from '../_lib/action-error';
import { ACTIVITY_ROTATION, MEMBER_ROTATION, isSlotCurrent, verifyCode } from './signed-code';

const OTHER_KIND_MESSAGE: Record<ActivityCodeKind, string> = {
  in: '这是签到码，不能用于签退；请扫描组织者出示的签退码',
  out: '这是签退码，不能用于签到；请扫描组织者出示的签到码',
};

/**
 * A scanned activity code, checked without the database: signature, kind, slot. The order is
 * the refusals' order: forged before expired, so an old forged code never reads as "expired".
 */
export const requireActivityCode = (code: string, kind: ActivityCodeKind, now: Date): ActivityCodePayload => {
  const payload = verifyCode(code);
  if (payload === 'forged') throw new ActionError('CODE_FORGED');
  if (payload.t === 'm') throw new ActionError('CODE_FORGED', '这是成员码，请扫描组织者现场出示的签到码');
  if (payload.t !== kind) throw new ActionError('CODE_FORGED', OTHER_KIND_MESSAGE[payload.t]);
  if (!isSlotCurrent(payload.s, now, ACTIVITY_ROTATION)) throw new ActionError('CODE_EXPIRED');
  return payload;
};

/** A member's personal code as an organiser scanned it. */
export const requireMemberCode = (code: string, now: Date): MemberCodePayload => {
  const payload = verifyCode(code);
  if (payload === 'forged' || payload.t !== 'm') throw new ActionError('CODE_FORGED', '成员码无效，请让成员打开“我的”中的成员码');
  if (!isSlotCurrent(payload.s, now, MEMBER_ROTATION)) throw new ActionError('CODE_EXPIRED', '成员码已过期，请让成员刷新后再扫');
  return payload;
};

/** The scan window (start − early margin … end + late margin), in epoch seconds as codes carry it. */
export const requireScanWindow = (window: { o: number; c: number }, now: Date): void => {
  const seconds = now.getTime() / 1000;
  if (seconds < window.o) throw new ActionError('NOT_STARTED');
  if (seconds > window.c) throw new ActionError('ENDED');
};

/** Where the activity has a circle: a location is required and must fall inside it. */
export const requireInsideCircle = (
  circle: [number, number, number] | null,
  location: { latitude: number; longitude: number } | undefined,
): void => {
  if (!circle) return;
  if (!location) throw new ActionError('LOCATION_REQUIRED');
  const [latitude, longitude, radiusMeters] = circle;
  if (!isInsideCircle(location, { latitude, longitude, radiusMeters })) throw new ActionError('OUTSIDE_AREA');
};
