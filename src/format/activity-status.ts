import type { Activity, Attendance } from '@core/activity.types';

/** The one word a card or detail page shows about an activity for the viewer; `key` is a stable class suffix. */
export interface ActivityTag {
  key:
    | 'cancelled'
    | 'checked_out'
    | 'auto_closed'
    | 'checked_in'
    | 'signed_up'
    | 'ended'
    | 'running'
    | 'full'
    | 'not_open'
    | 'closed'
    | 'open';
  label: string;
}

/**
 * The viewer's own attendance speaks first (已签到 matters more than 已满); then 已结束 / 进行中;
 * otherwise where the sign-up window stands. The server still rules: this only spares a tap that would be refused.
 */
export function activityTag(activity: Activity, mine: Attendance | null, now = Date.now()): ActivityTag {
  if (activity.status === 'cancelled') return { key: 'cancelled', label: '已取消' };
  if (mine && mine.status === 'signed_up') {
    if (mine.closedBy === 'auto') return { key: 'auto_closed', label: '未签退' };
    if (mine.checkedOutAt) return { key: 'checked_out', label: '已签退' };
    if (mine.checkedInAt) return { key: 'checked_in', label: '已签到' };
    return { key: 'signed_up', label: '已报名' };
  }
  if (activity.status === 'closed' || now >= Date.parse(activity.endAt)) return { key: 'ended', label: '已结束' };
  if (now >= Date.parse(activity.startAt)) return { key: 'running', label: '进行中' };
  if (activity.signedUpCount >= activity.capacity) return { key: 'full', label: '已满' };
  if (now < Date.parse(activity.signUpOpensAt)) return { key: 'not_open', label: '报名未开始' };
  if (now > Date.parse(activity.signUpClosesAt)) return { key: 'closed', label: '报名已截止' };
  return { key: 'open', label: '报名中' };
}

/** Places left, never negative (an organiser may lower the capacity to the signed-up count). */
export const placesLeft = (activity: Activity): number => Math.max(0, activity.capacity - activity.signedUpCount);
