import { addDays, shanghaiDay, weekdayOf } from '@core/shanghai-time';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** Today on campus (Asia/Shanghai), whatever the phone's zone. */
export const shanghaiToday = (): string => shanghaiDay(new Date());

/** `count` consecutive Shanghai days from today, for calendars. */
export const nextShanghaiDays = (count: number): string[] => {
  const today = shanghaiToday();
  return Array.from({ length: count }, (_, index) => addDays(today, index));
};

/** `3月5日` */
export const formatMonthDay = (day: string): string => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** `今天` / `明天` / `周三`: what people say when they pick a day. */
export const formatWeekday = (day: string): string => {
  const today = shanghaiToday();
  if (day === today) return '今天';
  if (day === addDays(today, 1)) return '明天';
  return WEEKDAYS[weekdayOf(day)];
};

/** `3月5日 周三 09:00–10:00`: a slot or booking as the booker reads it. */
export const formatSlotTime = (slot: { day: string; startClock: string; endClock: string }): string =>
  `${formatMonthDay(slot.day)} ${WEEKDAYS[weekdayOf(slot.day)]} ${slot.startClock}–${slot.endClock}`;
