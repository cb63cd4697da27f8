import type { ParamsOf } from '@core/action-contract';
import type { ActivitiesContract } from '@core/activities.contract';
import type { Activity, HoursRounding } from '@core/activity.types';
import type { ActivityTemplate } from '@core/activity-templates';
import { isRealDay, shanghaiClock, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';

/**
 * The edit form's state as the organiser sees it (Shanghai days and clocks, numbers as typed) and
 * its conversion to the `create`/`update` params. Pure, so it is tested without a page; the app
 * does not ship zod, so the obvious checks are repeated here and the server checks everything again.
 */
export type AudienceKind = 'everyone' | 'orgUnits' | 'team';

export interface ActivityDraft {
  templateKey: string | null;
  title: string;
  description: string;
  coverFileIds: string[];
  place: string;
  circle: { latitude: number; longitude: number } | null;
  radius: string;
  /** `YYYY-MM-DD`, '' until chosen (a moveable feast's template leaves it to the organiser). */
  startDay: string;
  startClock: string;
  endDay: string;
  endClock: string;
  opensDay: string;
  opensClock: string;
  closesDay: string;
  closesClock: string;
  /** While true, the sign-up close follows the start: most activities close sign-up when they begin. */
  closesFollowStart: boolean;
  capacity: string;
  audience: AudienceKind;
  orgUnitIds: string[];
  teamId: string;
  hoursKind: 'measured' | 'fixed';
  fixedMinutes: string;
  rounding: HoursRounding;
  checkoutRequired: boolean;
  allowWalkIn: boolean;
  earlyMinutes: string;
  lateMinutes: string;
}

export type ActivityFields = ParamsOf<ActivitiesContract['create']>;

const DEFAULT_RADIUS = 200;

/** The next day (today included) that falls on `MM-DD`; Feb 29 waits for a leap year. */
export function nextOccurrence(monthDay: string, today: string): string {
  let year = Number(today.slice(0, 4));
  for (let tries = 0; tries < 8; tries += 1, year += 1) {
    const day = `${year}-${monthDay}`;
    if (isRealDay(day) && day >= today) return day;
  }
  return '';
}

export const emptyDraft = (today: string): ActivityDraft => ({
  templateKey: null,
  title: '',
  description: '',
  coverFileIds: [],
  place: '',
  circle: null,
  radius: String(DEFAULT_RADIUS),
  startDay: '',
  startClock: '09:00',
  endDay: '',
  endClock: '12:00',
  opensDay: today,
  opensClock: '08:00',
  closesDay: '',
  closesClock: '09:00',
  closesFollowStart: true,
  capacity: '50',
  audience: 'everyone',
  orgUnitIds: [],
  teamId: '',
  hoursKind: 'measured',
  fixedMinutes: '',
  rounding: 'standard',
  checkoutRequired: true,
  allowWalkIn: false,
  earlyMinutes: '30',
  lateMinutes: '30',
});

/** Moves the start; the end day and (while linked) the sign-up close move with it. */
export function withStart(draft: ActivityDraft, startDay: string, startClock: string): ActivityDraft {
  const endDay = !draft.endDay || draft.endDay === draft.startDay ? startDay : draft.endDay;
  return {
    ...draft,
    startDay,
    startClock,
    endDay,
    ...(draft.closesFollowStart ? { closesDay: startDay, closesClock: startClock } : {}),
  };
}

/** Pre-fills from a key-date template; the organiser's cover, audience and circle stay. */
export function applyTemplate(draft: ActivityDraft, template: ActivityTemplate, today: string): ActivityDraft {
  const day = template.monthDay ? nextOccurrence(template.monthDay, today) : '';
  const filled: ActivityDraft = {
    ...draft,
    templateKey: template.key,
    title: template.title,
    description: template.description,
    place: template.place,
    endDay: '',
    endClock: template.endClock,
    capacity: String(template.capacity),
    hoursKind: template.hoursRule.kind,
    fixedMinutes: template.hoursRule.fixedMinutes === null ? '' : String(template.hoursRule.fixedMinutes),
    rounding: template.hoursRule.rounding,
    checkoutRequired: template.checkoutRequired,
    closesFollowStart: true,
  };
  return withStart(filled, day, template.startClock);
}

/** An existing activity back into the form (editing). */
export function draftFromActivity(activity: Activity): ActivityDraft {
  const day = (iso: string) => shanghaiDay(new Date(iso));
  const clock = (iso: string) => shanghaiClock(new Date(iso));
  return {
    templateKey: activity.templateKey,
    title: activity.title,
    description: activity.description,
    coverFileIds: activity.coverFileId ? [activity.coverFileId] : [],
    place: activity.place,
    circle: activity.circle ? { latitude: activity.circle.latitude, longitude: activity.circle.longitude } : null,
    radius: String(activity.circle?.radiusMeters ?? DEFAULT_RADIUS),
    startDay: day(activity.startAt),
    startClock: clock(activity.startAt),
    endDay: day(activity.endAt),
    endClock: clock(activity.endAt),
    opensDay: day(activity.signUpOpensAt),
    opensClock: clock(activity.signUpOpensAt),
    closesDay: day(activity.signUpClosesAt),
    closesClock: clock(activity.signUpClosesAt),
    closesFollowStart: false,
    capacity: String(activity.capacity),
    audience: activity.audience.kind,
    orgUnitIds: activity.audience.kind === 'orgUnits' ? activity.audience.orgUnitIds : [],
    teamId: activity.audience.kind === 'team' ? activity.audience.teamId : '',
    hoursKind: activity.hoursRule.kind,
    fixedMinutes: activity.hoursRule.fixedMinutes === null ? '' : String(activity.hoursRule.fixedMinutes),
    rounding: activity.hoursRule.rounding,
    checkoutRequired: activity.checkoutRequired,
    allowWalkIn: activity.allowWalkIn,
    earlyMinutes: String(activity.earlyMinutes),
    lateMinutes: String(activity.lateMinutes),
  };
}

/** A whole number typed in a field, within bounds; null otherwise. */
const wholeNumber = (text: string, min: number, max: number): number | null => {
  if (!/^\d+$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
};

const instant = (day: string, clock: string) => shanghaiInstant(day, clock).toISOString();

/** The form's rows that can be wrong, top to bottom: the order submit scrolls to the first error in. */
export const draftFieldOrder = [
  'title',
  'place',
  'radius',
  'start',
  'end',
  'opens',
  'closes',
  'capacity',
  'audience',
  'fixedMinutes',
  'earlyMinutes',
  'lateMinutes',
] as const;

export type DraftField = (typeof draftFieldOrder)[number];

export type DraftErrors = Partial<Record<DraftField, string>>;

export type DraftCheck = { ok: true; fields: ActivityFields } | { ok: false; errors: DraftErrors; message: string };

const span = (startDay: string, startClock: string, endDay: string, endClock: string) =>
  Date.parse(instant(endDay, endClock)) - Date.parse(instant(startDay, startClock));

/** Every row's problem in the words the form uses, so each shows beside its row. */
export function draftErrors(draft: ActivityDraft): DraftErrors {
  const errors: DraftErrors = {};
  const put = (field: DraftField, message: string) => {
    errors[field] ??= message;
  };
  if (draft.title.trim().length < 2) put('title', '活动名称至少 2 个字');
  if (!draft.place.trim()) put('place', '请填写活动地点');
  if (draft.circle && wholeNumber(draft.radius, 20, 5000) === null) put('radius', '签到范围应为 20–5000 米的整数');
  const endDay = draft.endDay || draft.startDay;
  const closesDay = draft.closesDay || draft.startDay;
  if (!isRealDay(draft.startDay)) put('start', '请选择活动日期');
  else if (span(draft.startDay, draft.startClock, endDay, draft.endClock) <= 0) put('end', '结束时间应晚于开始时间');
  else if (span(draft.startDay, draft.startClock, endDay, draft.endClock) > 7 * 86_400_000) put('end', '活动时长不超过 7 天');
  if (!isRealDay(draft.opensDay)) put('opens', '请选择报名时间');
  // A close that follows a start not chosen yet: the start's error says what to do.
  else if (!isRealDay(closesDay)) {
    if (draft.closesDay) put('closes', '请选择报名时间');
  } else if (span(draft.opensDay, draft.opensClock, closesDay, draft.closesClock) <= 0) put('closes', '报名截止应晚于报名开始');
  else if (isRealDay(draft.startDay) && span(closesDay, draft.closesClock, endDay, draft.endClock) < 0)
    put('closes', '报名截止不能晚于活动结束');
  if (wholeNumber(draft.capacity, 1, 5000) === null) put('capacity', '名额应为 1–5000 的整数');
  if (draft.audience === 'orgUnits' && !draft.orgUnitIds.length) put('audience', '请选择参与的组织');
  if (draft.audience === 'team' && !draft.teamId) put('audience', '请选择参与的服务队');
  if (draft.hoursKind === 'fixed' && wholeNumber(draft.fixedMinutes, 15, 24 * 60) === null)
    put('fixedMinutes', '固定时长应为 15–1440 分钟的整数');
  if (wholeNumber(draft.earlyMinutes, 0, 180) === null) put('earlyMinutes', '提前签到应为 0–180 分钟的整数');
  if (wholeNumber(draft.lateMinutes, 0, 180) === null) put('lateMinutes', '延后签到应为 0–180 分钟的整数');
  return errors;
}

/** The params to send, or every problem (and the first, in form order, as `message`). */
export function fieldsOf(draft: ActivityDraft): DraftCheck {
  const errors = draftErrors(draft);
  const first = draftFieldOrder.find((field) => errors[field]);
  if (first) return { ok: false, errors, message: errors[first] ?? '' };
  const title = draft.title.trim();
  const endDay = draft.endDay || draft.startDay;
  const startAt = instant(draft.startDay, draft.startClock);
  const endAt = instant(endDay, draft.endClock);
  const signUpOpensAt = instant(draft.opensDay, draft.opensClock);
  const signUpClosesAt = instant(draft.closesDay || draft.startDay, draft.closesClock);
  // All checked above; `?? 0` only satisfies the types.
  const capacity = wholeNumber(draft.capacity, 1, 5000) ?? 0;
  const radius = wholeNumber(draft.radius, 20, 5000);
  const fixedMinutes = wholeNumber(draft.fixedMinutes, 15, 24 * 60);
  const earlyMinutes = wholeNumber(draft.earlyMinutes, 0, 180) ?? 0;
  const lateMinutes = wholeNumber(draft.lateMinutes, 0, 180) ?? 0;
  const audience: ActivityFields['audience'] =
    draft.audience === 'orgUnits'
      ? { kind: 'orgUnits', orgUnitIds: draft.orgUnitIds }
      : draft.audience === 'team'
        ? { kind: 'team', teamId: draft.teamId }
        : { kind: 'everyone' };
  return {
    ok: true,
    fields: {
      title,
      description: draft.description.trim(),
      coverFileId: draft.coverFileIds[0] ?? null,
      place: draft.place.trim(),
      circle: draft.circle && radius !== null ? { ...draft.circle, radiusMeters: radius } : null,
      startAt,
      endAt,
      signUpOpensAt,
      signUpClosesAt,
      capacity,
      audience,
      hoursRule: {
        kind: draft.hoursKind,
        fixedMinutes: draft.hoursKind === 'fixed' ? fixedMinutes : null,
        rounding: draft.rounding,
      },
      checkoutRequired: draft.checkoutRequired,
      allowWalkIn: draft.allowWalkIn,
      earlyMinutes,
      lateMinutes,
      templateKey: draft.templateKey,
      // A team activity belongs to that team, so its leaders organise it too.
      teamId: draft.audience === 'team' ? draft.teamId : null,
    },
  };
}

const fieldLabels: Record<string, string> = {
  title: '活动名称',
  description: '活动介绍',
  coverFileId: '封面',
  place: '活动地点',
  circle: '签到范围',
  startAt: '开始时间',
  endAt: '结束时间',
  signUpOpensAt: '报名开始',
  signUpClosesAt: '报名截止',
  capacity: '名额',
  audience: '参与范围',
  hoursRule: '时长规则',
  earlyMinutes: '提前签到',
  lateMinutes: '延后签到',
  teamId: '服务队',
};

/** `提交的信息有误：endAt 结束时间应晚于开始时间` → `提交的信息有误：结束时间 结束时间应晚于开始时间`. */
export const withFieldLabels = (message: string): string =>
  message.replace(/：([A-Za-z]+)((?:\.[A-Za-z0-9]+)*)(?=\s)/, (whole, field: string) =>
    fieldLabels[field] ? `：${fieldLabels[field]}` : whole,
  );
