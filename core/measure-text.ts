import { hoursText } from './hours-rounding';
import { describeMinutesBucket, MEASURE_DEFINITIONS, type MeasureKey, type Measures } from './stats-measures';

/**
 * How a measure reads (issue 17), the one formatter of the dashboard tiles, the report page and
 * its .xlsx: a table cell's value (rates as percent numbers, the median as its bucket text) and a
 * tile's text (`12.5 小时`, `85.7%`, `4.5 分`, `—` when there is nothing to divide by). Hours are
 * worded by `hours-rounding.ts`, the project's one hours vocabulary.
 */

/** Every measure with one value (the 1–5 distribution is five). */
export type ScalarMeasure = Exclude<MeasureKey, 'ratingDistribution'>;

/** The scalar measures in the order of MEASURE_DEFINITIONS: the order the committee reads them. */
export const SCALAR_MEASURES = (Object.keys(MEASURE_DEFINITIONS) as MeasureKey[]).filter(
  (key): key is ScalarMeasure => key !== 'ratingDistribution',
);

/** Each measure's unit as a heading shows it (the median carries its own words). */
export const MEASURE_UNITS: Record<ScalarMeasure, string | null> = {
  servicesDelivered: null,
  peopleServed: '人',
  verifiedHours: '小时',
  pendingHours: '小时',
  activitiesHeld: '场',
  signUps: null,
  attendanceRate: '%',
  noShowRate: '%',
  averageRating: '分',
  activeVolunteers: '人',
  returningVolunteers: '人',
  questions: '个',
  answerRate: '%',
  medianFirstAnswer: null,
  noticeReadRate: '%',
};

const isRate = (key: ScalarMeasure) => MEASURE_UNITS[key] === '%';

/** A 0–1 rate as a percent with one decimal (`0.8571` → 85.7), null stays null. */
export const ratePercent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

/** `已认定时长（小时）`: the label with its unit, for table and sheet headings (人次 labels carry their unit). */
export const measureHeading = (key: ScalarMeasure): string => {
  const unit = MEASURE_UNITS[key];
  return unit ? `${MEASURE_DEFINITIONS[key].label}（${unit}）` : MEASURE_DEFINITIONS[key].label;
};

/** The value a table cell holds: a number (rates in percent), the median's bucket text, or null. */
export const measureValue = (key: ScalarMeasure, measures: Measures): number | string | null => {
  if (key === 'medianFirstAnswer') return measures.medianFirstAnswer ? describeMinutesBucket(measures.medianFirstAnswer) : null;
  const raw = measures[key];
  return isRate(key) ? ratePercent(raw) : raw;
};

/** The value as a tile shows it: counts bare, hours in 小时, rates in %, ratings in 分, nothing to show as —. */
export const measureText = (key: ScalarMeasure, measures: Measures): string => {
  const value = measureValue(key, measures);
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const unit = MEASURE_UNITS[key];
  if (unit === '小时') return hoursText(value);
  if (unit === '%') return `${value}%`;
  if (unit === '分') return `${value} 分`;
  return String(value);
};
