import { addDays, shanghaiDay } from '@core/shanghai-time';

/** Today on campus (Asia/Shanghai), whatever the phone's zone. */
export const shanghaiToday = (): string => shanghaiDay(new Date());

/** `count` consecutive Shanghai days from today, for calendars. */
export const nextShanghaiDays = (count: number): string[] => {
  const today = shanghaiToday();
  return Array.from({ length: count }, (_, index) => addDays(today, index));
};
