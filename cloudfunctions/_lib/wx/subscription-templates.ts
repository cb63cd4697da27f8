import type { NotificationKind } from '@core/notification-kinds';

/**
 * Which WeChat template serves each notification kind, and how the kind's fields fill its
 * keywords. Template ids are deployment configuration, one env var per kind (set in the CloudBase
 * console / cloudbaserc.json, locally by the host), so features never name a template; a kind
 * without a configured template is delivered in-app only.
 */
interface TemplateSpec {
  envVar: string;
  /** Kind field → template keyword; the console's template must have these keywords. */
  keywords: Record<string, string>;
}

export const TEMPLATE_SPECS: Record<NotificationKind, TemplateSpec> = {
  membershipReviewed: { envVar: 'STARFIRE_TEMPLATE_MEMBERSHIP_REVIEWED', keywords: { result: 'phrase1', detail: 'thing2' } },
  bookingReminder: { envVar: 'STARFIRE_TEMPLATE_BOOKING_REMINDER', keywords: { service: 'thing1', time: 'time2', place: 'thing3' } },
  bookingStatusChanged: {
    envVar: 'STARFIRE_TEMPLATE_BOOKING_STATUS',
    keywords: { service: 'thing1', status: 'phrase2', time: 'time3', detail: 'thing4' },
  },
  jobReminder: {
    envVar: 'STARFIRE_TEMPLATE_JOB_REMINDER',
    keywords: { service: 'thing1', time: 'time2', place: 'thing3', booker: 'name4' },
  },
  qaModerated: { envVar: 'STARFIRE_TEMPLATE_QA_MODERATED', keywords: { post: 'thing1', decision: 'phrase2', reason: 'thing3' } },
  answerReceived: { envVar: 'STARFIRE_TEMPLATE_ANSWER_RECEIVED', keywords: { question: 'thing1', answerer: 'thing2' } },
  noticePublished: { envVar: 'STARFIRE_TEMPLATE_NOTICE_PUBLISHED', keywords: { title: 'thing1', publisher: 'thing2' } },
  correctionDecided: {
    envVar: 'STARFIRE_TEMPLATE_CORRECTION_DECIDED',
    keywords: { activity: 'thing1', result: 'phrase2', detail: 'thing3' },
  },
  teamJoinReviewed: { envVar: 'STARFIRE_TEMPLATE_TEAM_JOIN_REVIEWED', keywords: { team: 'thing1', result: 'phrase2', detail: 'thing3' } },
  activityReminder: {
    envVar: 'STARFIRE_TEMPLATE_ACTIVITY_REMINDER',
    keywords: { activity: 'thing1', time: 'time2', place: 'thing3' },
  },
  activityChanged: {
    envVar: 'STARFIRE_TEMPLATE_ACTIVITY_CHANGED',
    keywords: { activity: 'thing1', change: 'phrase2', detail: 'thing3' },
  },
};

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The configured template of a kind, read per call so a console change needs no redeploy of code. */
export const templateIdOf = (kind: NotificationKind): string | null => {
  const value = process.env[TEMPLATE_SPECS[kind].envVar]?.trim();
  return value && TEMPLATE_ID.test(value) ? value : null;
};

/** WeChat caps `thing` values at 20 characters and `phrase` at 5; longer values fail the whole send. */
const KEYWORD_LIMITS: Record<string, number> = { thing: 20, phrase: 5, name: 10, time: 32, character_string: 32 };

const fitKeyword = (keyword: string, value: string): string => {
  const limit = KEYWORD_LIMITS[keyword.replace(/\d+$/, '')] ?? 20;
  const chars = [...value];
  return chars.length <= limit ? value : `${chars.slice(0, limit - 1).join('')}…`;
};

/** The template's `data` for a kind's fields. */
export const templateDataOf = (kind: NotificationKind, fields: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(TEMPLATE_SPECS[kind].keywords).map(([field, keyword]) => [keyword, fitKeyword(keyword, fields[field] ?? '')]),
  );
