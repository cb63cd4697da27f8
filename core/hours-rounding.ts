import type { HoursRounding, HoursRule } from './activity.types';

/**
 * Attended minutes → credited minutes.
 * - `standard` (the default, as the committee certifies): whole hours count; the remainder gives
 *   0 under 15 min, half an hour under 45 min, a whole hour otherwise.
 * - `half_hour_floor`: whole half hours only.
 * - `exact`: every whole minute.
 */
export const roundMinutes = (minutes: number, rounding: HoursRounding): number => {
  const whole = Math.max(0, Math.floor(minutes));
  switch (rounding) {
    case 'standard': {
      const hours = Math.floor(whole / 60);
      const rest = whole % 60;
      return hours * 60 + (rest < 15 ? 0 : rest < 45 ? 30 : 60);
    }
    case 'half_hour_floor':
      return Math.floor(whole / 30) * 30;
    case 'exact':
      return whole;
  }
};

/** Chinese statement of a rule, shown before sign-up. */
export const roundingLabels: Record<HoursRounding, string> = {
  standard: '满 1 小时计 1 小时；不足 1 小时的部分，不足 15 分钟不计，15–44 分钟计 0.5 小时，45 分钟及以上计 1 小时',
  half_hour_floor: '按实际时长计，每满 30 分钟计 0.5 小时',
  exact: '按实际时长（分钟）计',
};

/**
 * Credited minutes for one attendance: the fixed credit, or the attended span rounded; never more
 * than the activity's own length.
 */
export const creditedMinutes = (rule: HoursRule, attended: { from: Date; to: Date }, activity: { startAt: Date; endAt: Date }): number => {
  const lengthMinutes = Math.max(0, Math.floor((activity.endAt.getTime() - activity.startAt.getTime()) / 60_000));
  if (rule.kind === 'fixed') return Math.min(rule.fixedMinutes ?? 0, lengthMinutes);
  const span = (attended.to.getTime() - attended.from.getTime()) / 60_000;
  return Math.min(roundMinutes(span, rule.rounding), lengthMinutes);
};

/** "2.5 小时" from hours (two decimals at most): the one way the app says an amount of hours. */
export const hoursText = (hours: number): string => `${Math.round(hours * 100) / 100} 小时`;

/** "2.5 小时" from minutes. */
export const formatHours = (minutes: number): string => hoursText(minutes / 60);

/** The rule in one sentence for the detail page. */
export const describeHoursRule = (rule: HoursRule): string =>
  rule.kind === 'fixed'
    ? `签到${rule.fixedMinutes !== null ? `记 ${formatHours(rule.fixedMinutes)}` : ''}（固定时长）`
    : roundingLabels[rule.rounding];

/**
 * Why an attendance would be credited 0 minutes, in the member's words (null when it would not):
 * asked before a check-out writes a 0 nobody can take back.
 */
export const zeroHoursReason = (
  rule: HoursRule,
  attended: { from: Date; to: Date },
  activity: { startAt: Date; endAt: Date },
): string | null => {
  if (creditedMinutes(rule, attended, activity) > 0) return null;
  if (rule.kind === 'fixed') return '本活动不计志愿时长';
  const minutes = Math.max(0, Math.floor((attended.to.getTime() - attended.from.getTime()) / 60_000));
  const least = rule.rounding === 'standard' ? 15 : rule.rounding === 'half_hour_floor' ? 30 : 1;
  return `签到至今 ${minutes} 分钟，时长不足（不足 ${least} 分钟不计时长）`;
};
