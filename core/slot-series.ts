import { addDays } from './shanghai-time';

/** A weekly repeat stops after half a year (one term); longer plans are published again next term. */
export const MAX_SERIES_WEEKS = 26;

/**
 * The days of a weekly series: `day`, then every 7 days through `repeatUntil` (inclusive), but never
 * more than one past MAX_SERIES_WEEKS — enough for the caller to refuse a longer plan without first
 * walking to a `repeatUntil` in year 9999.
 */
export const seriesDays = (day: string, repeatUntil?: string): string[] => {
  const days = [day];
  if (!repeatUntil) return days;
  for (let next = addDays(day, 7); next <= repeatUntil && days.length <= MAX_SERIES_WEEKS; next = addDays(next, 7)) days.push(next);
  return days;
};

/** `${serviceId}_${yyyymmdd}_${hhmm}`: the same service at the same start is the same slot. */
export const slotIdOf = (serviceId: string, day: string, start: string) =>
  `${serviceId}_${day.replace(/-/g, '')}_${start.replace(':', '')}`;
