import type { TrendMeasures } from '@core/stats.contract';

/** What the trend and team bars can compare: additive measures a month and a team both have. */
export const BAR_MEASURES = [
  { value: 'servicesDelivered', label: '服务人次', unit: '' },
  { value: 'verifiedHours', label: '已认定时长', unit: ' 小时' },
  { value: 'signUps', label: '报名人次', unit: '' },
] as const satisfies readonly { value: keyof TrendMeasures; label: string; unit: string }[];

export type BarMeasure = (typeof BAR_MEASURES)[number]['value'];

export const barUnitOf = (measure: BarMeasure) => BAR_MEASURES.find((each) => each.value === measure)?.unit ?? '';

/** Each value as a percent of the largest (all 0 when every value is 0). */
export const percentsOf = (values: number[]): number[] => {
  const top = Math.max(0, ...values);
  return values.map((value) => (top > 0 ? Math.round((value / top) * 100) : 0));
};
