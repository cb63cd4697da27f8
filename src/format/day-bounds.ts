import { addDays } from '@core/shanghai-time';

/**
 * The days a date picker offers (`YYYY-MM-DD`, inclusive): every Picker mode="date" passes one, so
 * no picker scrolls back to 1970. Pure, so tests/app checks it.
 */
export interface DayBounds {
  start: string;
  end: string;
}

/** How far ahead anything is planned: a year. */
export const PLAN_AHEAD_DAYS = 366;

/** Days to plan something in: today (or the saved day when it is earlier: editing) to a year ahead. */
export function planningDays(today: string, saved?: string): DayBounds {
  const start = saved && saved < today ? saved : today;
  return { start, end: addDays(today, PLAN_AHEAD_DAYS) };
}

/** Days on or after `first` (an end after its start), up to `maxDays` later, never before `floor`. */
export function daysFrom(first: string, maxDays: number, floor?: string): DayBounds {
  const start = floor && floor > first ? floor : first;
  return { start, end: addDays(first, maxDays) };
}

/** Days that have passed, from `from` up to today (a check-out time asked for afterwards). */
export function daysUpToToday(from: string, today: string): DayBounds {
  return { start: from < today ? from : today, end: today };
}

/** A term's days: from three years back to two ahead (terms are entered around the current year). */
export function termDays(today: string): DayBounds {
  return { start: addDays(today, -3 * 365), end: addDays(today, 2 * 365) };
}
