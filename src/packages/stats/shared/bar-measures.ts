import { hoursText } from '@core/hours-rounding';
import { MEASURE_UNITS, type ScalarMeasure } from '@core/measure-text';
import type { TrendMeasures } from '@core/stats.contract';

/** What the trend and team bars can compare: additive measures a month and a team both have. */
export const BAR_MEASURES = [
  { value: 'servicesDelivered', label: '服务人次' },
  { value: 'verifiedHours', label: '已认定时长' },
  { value: 'signUps', label: '报名人次' },
] as const satisfies readonly { value: keyof TrendMeasures & ScalarMeasure; label: string }[];

export type BarMeasure = (typeof BAR_MEASURES)[number]['value'];

/** A bar's figure, worded like the measure's tile (`12.5 小时`, `8`). */
export const barValueText = (measure: BarMeasure, value: number): string =>
  MEASURE_UNITS[measure] === '小时' ? hoursText(value) : String(value);

/** Each value as a percent of the largest (all 0 when every value is 0). */
export const percentsOf = (values: number[]): number[] => {
  const top = Math.max(0, ...values);
  return values.map((value) => (top > 0 ? Math.round((value / top) * 100) : 0));
};
