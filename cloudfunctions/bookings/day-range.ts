import { DEFAULT_BOOKING_WINDOW } from '@core/booking-window';
import { addDays, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { ActionError } from '../_lib/action-error';

/** At most this many days per request: the calendar shows two weeks, a leader may page further. */
const MAX_RANGE_DAYS = 62;

/** Shanghai days [from, to] as instants [from 00:00, the day after `to` 00:00); default today through the booking horizon. */
export const dayRange = (from: string | undefined, to: string | undefined, now = new Date()) => {
  const first = from ?? shanghaiDay(now);
  const last = to ?? addDays(first, DEFAULT_BOOKING_WINDOW.maxAheadDays);
  if (last < first) throw new ActionError('INVALID_INPUT', '提交的信息有误：结束日期应不早于开始日期');
  if (addDays(first, MAX_RANGE_DAYS) < last) throw new ActionError('INVALID_INPUT', `提交的信息有误：一次最多查询 ${MAX_RANGE_DAYS} 天`);
  return { from: shanghaiInstant(first), to: shanghaiInstant(addDays(last, 1)) };
};
