import { shanghaiClock, shanghaiDay, weekdayOf } from '@core/shanghai-time';
import { formatMonthDay } from './shanghai-day';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** `3月5日 周三 09:00` in Asia/Shanghai, whatever the phone's zone. */
export function formatShanghaiMoment(iso: string): string {
  const instant = new Date(iso);
  const day = shanghaiDay(instant);
  return `${formatMonthDay(day)} ${WEEKDAYS[weekdayOf(day)]} ${shanghaiClock(instant)}`;
}

/** `HH:mm` on campus: the time a scan answers with. */
export const formatShanghaiClock = (iso: string): string => shanghaiClock(new Date(iso));

/** `3月5日 周三 09:00–11:30`; an activity over several days names both days. */
export function formatActivityRange(startAt: string, endAt: string): string {
  const [start, end] = [new Date(startAt), new Date(endAt)];
  if (shanghaiDay(start) === shanghaiDay(end)) return `${formatShanghaiMoment(startAt)}–${shanghaiClock(end)}`;
  return `${formatShanghaiMoment(startAt)} 至 ${formatShanghaiMoment(endAt)}`;
}
