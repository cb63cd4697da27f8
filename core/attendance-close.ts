/**
 * What happens to an attendance nobody checked out of, stated once so the app shows the same
 * sentence the closing timer applies (activity detail, 我的, the correction form).
 */
export const AUTO_CLOSE_RULE = '未签退的记录在活动结束时自动结束，计 0 小时，可提交补录申请';

/** When the closing timer may close an activity: its end plus the late check-in margin. */
export const closesAt = (activity: { endAt: Date; lateMinutes: number }): Date =>
  new Date(activity.endAt.getTime() + activity.lateMinutes * 60_000);
