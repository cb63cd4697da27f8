/**
 * Every kind of notification the app sends, with the fields a feature must supply and how the
 * in-app message reads. Subscription template ids are deployment configuration (server side),
 * never here: the same kind maps to whatever template the WeChat console assigned.
 */
interface KindSpec<Field extends string> {
  label: string;
  fields: readonly Field[];
  /** The page the message opens (in-app and in the subscription message); from the fields when it names one record. */
  page: string | ((fields: Record<Field, string>) => string);
  compose: (fields: Record<Field, string>) => { title: string; body: string };
}

const kind = <Field extends string>(spec: KindSpec<Field>) => spec;

export const NOTIFICATION_KINDS = {
  membershipReviewed: kind({
    label: '入会审核结果',
    fields: ['result', 'detail'],
    page: 'pages/me/index',
    compose: ({ result, detail }) => ({ title: `入会申请${result}`, body: detail }),
  }),
  bookingReminder: kind({
    label: '服务预约提醒',
    fields: ['service', 'time', 'place'],
    page: 'pages/services/index',
    compose: ({ service, time, place }) => ({ title: `${service}即将开始`, body: `${time} · ${place}` }),
  }),
  bookingStatusChanged: kind({
    label: '预约状态变更',
    fields: ['service', 'status', 'time', 'detail'],
    page: 'packages/bookings/mine/index',
    compose: ({ service, status, time, detail }) => ({ title: `${service}预约${status}`, body: `${time} · ${detail}` }),
  }),
  /** The volunteer's side of the reminder: opens the job queue, names the booker. */
  jobReminder: kind({
    label: '服务工单提醒',
    fields: ['service', 'time', 'place', 'booker'],
    page: 'packages/bookings/jobs/index',
    compose: ({ service, time, place, booker }) => ({ title: `${service}工单即将开始`, body: `${time} · ${place} · 预约人 ${booker}` }),
  }),
  /** The asker hears of an answer; the message opens that question. */
  answerReceived: kind({
    label: '问题有新回答',
    fields: ['questionId', 'question', 'answerer'],
    page: ({ questionId }) => `packages/qa/question/index?id=${questionId}`,
    compose: ({ question, answerer }) => ({ title: '你的问题有了新回答', body: `${answerer} 回答了「${question}」` }),
  }),
  /** The author hears why a post was hidden (by reports or an admin), restored or deleted. */
  qaModerated: kind({
    label: '问答审核结果',
    fields: ['post', 'decision', 'reason'],
    page: 'pages/qa/index',
    compose: ({ post, decision, reason }) => ({ title: `你的发帖「${post}」${decision}`, body: reason }),
  }),
  noticePublished: kind({
    label: '团委通知',
    fields: ['title', 'publisher', 'noticeId'],
    page: ({ noticeId }) => `packages/notices/detail/index?noticeId=${noticeId}`,
    compose: ({ title, publisher }) => ({ title, body: `${publisher}发布了新通知` }),
  }),
  /** An organiser decided the student's correction request (补录申请) of an automatically closed attendance. */
  correctionDecided: kind({
    label: '补录申请结果',
    fields: ['activity', 'result', 'detail'],
    page: 'pages/me/index',
    compose: ({ activity, result, detail }) => ({ title: `「${activity}」补录申请${result}`, body: detail }),
  }),
  /** The team's leader (or an admin) decided the member's request to join a service team. */
  teamJoinReviewed: kind({
    label: '入队申请结果',
    fields: ['team', 'result', 'detail'],
    page: 'packages/account/team-requests/index',
    compose: ({ team, result, detail }) => ({ title: `加入「${team}」的申请${result}`, body: detail }),
  }),
  /** A sign-up hears that the activity starts soon (the `remindActivities` timer, once per sign-up and start time). */
  activityReminder: kind({
    label: '活动开始提醒',
    fields: ['activityId', 'activity', 'time', 'place'],
    page: ({ activityId }) => `packages/activities/detail/index?activityId=${activityId}`,
    compose: ({ activity, time, place }) => ({ title: `「${activity}」即将开始`, body: `${time} · ${place}` }),
  }),
  /** A sign-up hears that the organiser cancelled the activity or moved its times (`change`: 已取消 / 已改期). */
  activityChanged: kind({
    label: '活动变更通知',
    fields: ['activityId', 'activity', 'change', 'detail'],
    page: ({ activityId }) => `packages/activities/detail/index?activityId=${activityId}`,
    compose: ({ activity, change, detail }) => ({ title: `「${activity}」${change}`, body: detail }),
  }),
};

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

/** The page a notification of this kind opens. */
export const pageOfNotification = (kind: NotificationKind, fields: Record<string, string>): string => {
  const { page } = NOTIFICATION_KINDS[kind] as KindSpec<string>;
  return typeof page === 'function' ? page(fields) : page;
};
export const NOTIFICATION_KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as [NotificationKind, ...NotificationKind[]];

/** The fields a kind needs, e.g. `NotificationFields<'answerReceived'>` = `{question, answerer}`. */
export type NotificationFields<K extends NotificationKind> = Parameters<(typeof NOTIFICATION_KINDS)[K]['compose']>[0];

/**
 * The moments at which the app asks for subscriptions (from a tap, at most 3 templates at once,
 * as `wx.requestSubscribeMessage` allows), and which kinds each moment offers.
 */
export const SUBSCRIPTION_MOMENTS = {
  membershipApply: ['membershipReviewed'],
  bookingSubmit: ['bookingReminder', 'bookingStatusChanged'],
  /** A volunteer taking or being given a job (the app asks at 接单). */
  jobClaim: ['jobReminder'],
  questionAsk: ['answerReceived', 'qaModerated'],
  noticeFeed: ['noticePublished'],
  /** A student filing a correction request (补录申请) hears the decision. */
  correctionRequest: ['correctionDecided'],
  /** A member applying to join a service team (the app asks at 申请加入) hears the leader's decision. */
  teamJoinApply: ['teamJoinReviewed'],
  /** A member signing up for an activity (报名) hears the reminder and any cancellation or change of times. */
  activitySignUp: ['activityReminder', 'activityChanged'],
} as const satisfies Record<string, readonly NotificationKind[]>;

export type SubscriptionMoment = keyof typeof SUBSCRIPTION_MOMENTS;
export const SUBSCRIPTION_MOMENT_NAMES = Object.keys(SUBSCRIPTION_MOMENTS) as [SubscriptionMoment, ...SubscriptionMoment[]];

/** WeChat shows at most this many templates in one subscription prompt. */
export const MAX_TEMPLATES_PER_PROMPT = 3;
