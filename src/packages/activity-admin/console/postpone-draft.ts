import { POSTPONE_MAX_DAYS } from '@core/activity.types';
import { addDays, shanghaiClock, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import type { FieldErrors } from '@/hooks/field-errors';

/** The 改期 form's pure state: Shanghai days and clocks, as the pickers show them. */
export interface PostponeDraft {
  startDay: string;
  startClock: string;
  endDay: string;
  endClock: string;
  reason: string;
}

/** Opens on the activity's own times, so the organiser changes only what moves. */
export const postponeDraftOf = (activity: { startAt: string; endAt: string }): PostponeDraft => ({
  startDay: shanghaiDay(new Date(activity.startAt)),
  startClock: shanghaiClock(new Date(activity.startAt)),
  endDay: shanghaiDay(new Date(activity.endAt)),
  endClock: shanghaiClock(new Date(activity.endAt)),
  reason: '',
});

/** The days the pickers offer: today to 180 days ahead (the server's bound). */
export const postponeDayRange = (now = new Date()) => {
  const today = shanghaiDay(now);
  return { startDay: today, endDay: addDays(today, POSTPONE_MAX_DAYS - 1) };
};

/** The form's rows top to bottom: the first wrong one is scrolled to. */
export const postponeFieldOrder = ['start', 'end', 'reason'] as const;
export type PostponeField = (typeof postponeFieldOrder)[number];

/** The server's rules repeated (no zod in the app): each wrong row's sentence, or the instants to send. */
export const checkPostponeDraft = (
  draft: PostponeDraft,
  current: { startAt: string; endAt: string },
  now = Date.now(),
): { errors: FieldErrors<PostponeField> } | { startAt: string; endAt: string; reason: string } => {
  const errors: FieldErrors<PostponeField> = {};
  const start = shanghaiInstant(draft.startDay, draft.startClock).getTime();
  const end = shanghaiInstant(draft.endDay, draft.endClock).getTime();
  // The pickers hold whole minutes: unchanged pickers are the current times, whatever their seconds.
  const shown = postponeDraftOf(current);
  const unchanged = (['startDay', 'startClock', 'endDay', 'endClock'] as const).every((field) => draft[field] === shown[field]);
  if (unchanged) errors.start = '请选择新的时间';
  else if (start <= now) errors.start = '新的开始时间应晚于现在';
  if (!unchanged && end <= start) errors.end = '结束时间应晚于开始时间';
  else if (!unchanged && end - start > 7 * 86_400_000) errors.end = '活动时长不超过 7 天';
  if (draft.reason.trim().length < 2) errors.reason = '请填写改期原因（至少 2 个字）';
  if (Object.keys(errors).length > 0) return { errors };
  return { startAt: new Date(start).toISOString(), endAt: new Date(end).toISOString(), reason: draft.reason.trim() };
};

/** The quick moves the form offers beside the pickers: the same length, later by this much. */
export const POSTPONE_SHIFTS = [
  { key: 'hour', label: '推迟 1 小时', minutes: 60 },
  { key: 'day', label: '推迟 1 天', minutes: 24 * 60 },
  { key: 'week', label: '推迟 1 周', minutes: 7 * 24 * 60 },
] as const;

/** The draft moved by `minutes` from the activity's current times, keeping the reason typed so far. */
export const shiftedDraft = (activity: { startAt: string; endAt: string }, minutes: number, reason: string): PostponeDraft => ({
  ...postponeDraftOf({
    startAt: new Date(Date.parse(activity.startAt) + minutes * 60_000).toISOString(),
    endAt: new Date(Date.parse(activity.endAt) + minutes * 60_000).toISOString(),
  }),
  reason,
});
