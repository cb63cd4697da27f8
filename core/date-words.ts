import { addDays, shanghaiClock, shanghaiDay, weekdayOf } from './shanghai-time';

/**
 * The one way the app and its messages say a date or time (Asia/Shanghai, whatever the phone's
 * zone). Near days are words (今天 / 明天 / 昨天), other days read `12月7日 周一`, a day in another
 * year leads with it (`2025年12月7日 周一`), clocks are 24-hour `HH:mm`. Stored messages, read
 * long after they were written, use the full forms, which never say 今天.
 */

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

type Instant = Date | string;

const toDate = (at: Instant): Date => (at instanceof Date ? at : new Date(at));

/** `周一`, of a `YYYY-MM-DD` day. */
export const weekdayText = (day: string): string => WEEKDAYS[weekdayOf(day)];

/** `12月7日`, of a `YYYY-MM-DD` day. */
export const monthDayText = (day: string): string => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** `今天` / `明天` / `昨天`, or null for any other day. */
export const nearDayWord = (day: string, now: Date = new Date()): string | null => {
  const today = shanghaiDay(now);
  if (day === today) return '今天';
  if (day === addDays(today, 1)) return '明天';
  if (day === addDays(today, -1)) return '昨天';
  return null;
};

/** `今天` / `明天` / `周三`: the short word over a day in a day picker. */
export const pickerDayWord = (day: string, now: Date = new Date()): string => {
  const word = nearDayWord(day, now);
  return word && word !== '昨天' ? word : weekdayText(day);
};

/** `2026年12月7日 周一`: a day named in full. */
export const fullDayText = (day: string): string => `${day.slice(0, 4)}年${monthDayText(day)} ${weekdayText(day)}`;

/** `今天`, `12月7日 周一`, or `2025年12月7日 周一` when the day is not in this year. */
export const dayText = (day: string, now: Date = new Date()): string => {
  const word = nearDayWord(day, now);
  if (word) return word;
  if (day.slice(0, 4) !== shanghaiDay(now).slice(0, 4)) return fullDayText(day);
  return `${monthDayText(day)} ${weekdayText(day)}`;
};

/** `今天 14:00`, `12月9日 周三 09:00`. */
export const momentText = (at: Instant, now: Date = new Date()): string => {
  const instant = toDate(at);
  if (Number.isNaN(instant.getTime())) return '';
  return `${dayText(shanghaiDay(instant), now)} ${shanghaiClock(instant)}`;
};

/** `今天 09:00–11:30`; across days `12月7日 周一 09:00 至 12月8日 周二 17:00`. */
export const rangeText = (start: Instant, end: Instant, now: Date = new Date()): string => {
  const [from, to] = [toDate(start), toDate(end)];
  if (shanghaiDay(from) === shanghaiDay(to)) return `${momentText(from, now)}–${shanghaiClock(to)}`;
  return `${momentText(from, now)} 至 ${momentText(to, now)}`;
};

/** A slot or booking: `明天 09:00–10:00`. */
export const slotText = (slot: { day: string; startClock: string; endClock: string }, now: Date = new Date()): string =>
  `${dayText(slot.day, now)} ${slot.startClock}–${slot.endClock}`;

/** `2026年12月7日`, of a `YYYY-MM-DD` day. */
export const fullDateText = (day: string): string => `${day.slice(0, 4)}年${monthDayText(day)}`;

/**
 * `2026年12月7日 14:00`: for messages and refusals, read at any later time. No weekday: WeChat's
 * subscription `time` keyword accepts exactly this form, and the in-app copy reads the same.
 */
export const fullMomentText = (at: Instant): string => {
  const instant = toDate(at);
  return `${fullDateText(shanghaiDay(instant))} ${shanghaiClock(instant)}`;
};

/** `HH:mm` on campus. */
export const clockText = (at: Instant): string => shanghaiClock(toDate(at));
