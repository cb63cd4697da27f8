/**
 * Calendar arithmetic in Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991,
 * so a fixed offset is exact and needs no time-zone database (core stays free of Intl/zone data).
 * Everything stored is a Date (an instant); these helpers only turn Shanghai days and clock
 * times into instants and back, so a server running in UTC (tests use TZ=UTC) gets the same answers.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** `HH:mm`, 24-hour clock */
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The instant of a Shanghai wall-clock time on a Shanghai day. */
export const shanghaiInstant = (day: string, clock = '00:00'): Date => {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = clock.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, date, hour, minute) - OFFSET_MS);
};

/** The Shanghai day (`YYYY-MM-DD`) an instant falls on. */
export const shanghaiDay = (instant: Date): string => new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** The Shanghai wall-clock time (`HH:mm`) of an instant. */
export const shanghaiClock = (instant: Date): string => new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);

/** Day arithmetic on `YYYY-MM-DD` strings (calendar days, no zone involved). */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday, of a calendar day. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/** Whether a `YYYY-MM-DD` string names a real calendar day (rejects 2025-02-30). */
export const isRealDay = (day: string): boolean => DAY_PATTERN.test(day) && addDays(day, 0) === day;
