import { describeMinutesBucket, type MeasureKey, type Measures } from '@core/stats-measures';

/** The totals' tiles, in the order the committee reads them (the 1–5 distribution has its own bars). */
export const TOTAL_MEASURES: Exclude<MeasureKey, 'ratingDistribution'>[] = [
  'servicesDelivered',
  'peopleServed',
  'verifiedHours',
  'pendingHours',
  'activitiesHeld',
  'signUps',
  'attendanceRate',
  'noShowRate',
  'averageRating',
  'activeVolunteers',
  'returningVolunteers',
  'questions',
  'answerRate',
  'medianFirstAnswer',
  'noticeReadRate',
];

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

/** One measure as its tile shows it: counts bare, hours with 小时, rates as %, nothing to divide by as —. */
export const formatMeasure = (key: Exclude<MeasureKey, 'ratingDistribution'>, measures: Measures): string => {
  switch (key) {
    case 'verifiedHours':
    case 'pendingHours':
      return `${measures[key]} 小时`;
    case 'attendanceRate':
    case 'noShowRate':
    case 'answerRate':
    case 'noticeReadRate':
      return percent(measures[key]);
    case 'averageRating':
      return measures.averageRating === null ? '—' : `${measures.averageRating} 分`;
    case 'medianFirstAnswer':
      return measures.medianFirstAnswer ? describeMinutesBucket(measures.medianFirstAnswer) : '—';
    default:
      return String(measures[key]);
  }
};

/** Nothing counted under the filter yet (a new environment, or a scope with no activity). */
export const isEmptyScope = (measures: Measures): boolean =>
  measures.servicesDelivered === 0 &&
  measures.verifiedHours === 0 &&
  measures.pendingHours === 0 &&
  measures.activitiesHeld === 0 &&
  measures.signUps === 0 &&
  measures.questions === 0 &&
  measures.noticeReadRate === null &&
  measures.ratingDistribution.every((count) => count === 0);
