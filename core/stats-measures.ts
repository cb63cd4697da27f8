/**
 * The impact numbers (issue 17): the additive counters the stats rollups keep per day × team ×
 * org unit × term, the distinct counts kept per term, and how each shown measure is derived from
 * them — with the one-line Chinese definition the pages show beside it. Pure: the stats function
 * and the app read the same definitions.
 */

/** Bucket upper bounds (minutes) of the time-to-first-answer histogram; the last bucket is open. */
export const ANSWER_BUCKETS_MINUTES = [10, 30, 60, 120, 240, 480, 1440, 2880, 4320, 10080] as const;

/** `answerBucket0` … `answerBucket10`: one counter per histogram bucket. */
export const ANSWER_BUCKET_FIELDS = [...ANSWER_BUCKETS_MINUTES, Infinity].map((_, i) => `answerBucket${i}` as const);

export type AnswerBucketField = (typeof ANSWER_BUCKET_FIELDS)[number];

/** Additive counters of one day × team × org unit (summed over any range and filter). */
export const COUNTER_FIELDS = [
  'services',
  'bookingNoShows',
  'pendingMinutes',
  'verifiedMinutes',
  'bookingMinutes',
  'activityMinutes',
  'ledgerEntries',
  'activitiesHeld',
  'signUps',
  'attendedSignUps',
  'walkIns',
  'ratings',
  'ratingSum',
  'rating1',
  'rating2',
  'rating3',
  'rating4',
  'rating5',
  'questions',
  'answeredQuestions',
  'acceptedQuestions',
  ...ANSWER_BUCKET_FIELDS,
  'noticeAudience',
  'noticeReads',
] as const;

export type CounterField = (typeof COUNTER_FIELDS)[number];
export type Counters = Record<CounterField, number>;

/** Distinct counts of one term × team scope × org unit (additive over org units, not over teams). */
export const DISTINCT_FIELDS = ['peopleServed', 'activeVolunteers', 'returningVolunteers'] as const;
export type DistinctField = (typeof DISTINCT_FIELDS)[number];
export type DistinctCounts = Record<DistinctField, number>;

export const zeroCounters = (): Counters => Object.fromEntries(COUNTER_FIELDS.map((field) => [field, 0])) as Counters;
export const zeroDistinct = (): DistinctCounts => ({ peopleServed: 0, activeVolunteers: 0, returningVolunteers: 0 });

export const addCounters = (into: Counters, from: Partial<Counters>): Counters => {
  for (const field of COUNTER_FIELDS) into[field] += from[field] ?? 0;
  return into;
};

/** The bucket a first answer `minutes` after its question falls in. */
export const answerBucketOf = (minutes: number): AnswerBucketField => {
  const index = ANSWER_BUCKETS_MINUTES.findIndex((bound) => minutes < bound);
  return ANSWER_BUCKET_FIELDS[index === -1 ? ANSWER_BUCKETS_MINUTES.length : index];
};

/**
 * The median's bucket, or null with no answered question. The median is the middle time of an odd
 * count and halfway between the two middle times of an even count; the histogram knows each time
 * only to its bucket, so when the two middles fall in different buckets the median is only known
 * to lie in the span from the lower one's start to the upper one's end (`underMinutes` null: open).
 */
export const medianAnswerBucket = (counters: Counters): { fromMinutes: number; underMinutes: number | null } | null => {
  const counts = ANSWER_BUCKET_FIELDS.map((field) => counters[field]);
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  /** The bucket holding the rank-th smallest time (1-based). */
  const bucketOfRank = (rank: number): number => {
    let seen = 0;
    const index = counts.findIndex((n) => (seen += n) >= rank);
    return index === -1 ? counts.length - 1 : index;
  };
  const low = bucketOfRank(Math.ceil(total / 2));
  const high = bucketOfRank(Math.floor(total / 2) + 1);
  return { fromMinutes: low === 0 ? 0 : ANSWER_BUCKETS_MINUTES[low - 1], underMinutes: ANSWER_BUCKETS_MINUTES[high] ?? null };
};

const ratio = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null);
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The measures as pages show them. Rates are 0–1 (null when there is nothing to divide by). */
export interface Measures {
  servicesDelivered: number;
  peopleServed: number;
  verifiedHours: number;
  pendingHours: number;
  activitiesHeld: number;
  signUps: number;
  attendanceRate: number | null;
  noShowRate: number | null;
  averageRating: number | null;
  ratingDistribution: [number, number, number, number, number];
  activeVolunteers: number;
  returningVolunteers: number;
  questions: number;
  answerRate: number | null;
  medianFirstAnswer: { fromMinutes: number; underMinutes: number | null } | null;
  noticeReadRate: number | null;
}

export const measuresOf = (counters: Counters, distinct: DistinctCounts): Measures => ({
  servicesDelivered: counters.services,
  peopleServed: distinct.peopleServed,
  verifiedHours: hours(counters.verifiedMinutes),
  pendingHours: hours(counters.pendingMinutes),
  activitiesHeld: counters.activitiesHeld,
  signUps: counters.signUps,
  attendanceRate: ratio(counters.attendedSignUps, counters.signUps),
  noShowRate: ratio(counters.bookingNoShows, counters.services + counters.bookingNoShows),
  averageRating: counters.ratings > 0 ? Math.round((counters.ratingSum / counters.ratings) * 100) / 100 : null,
  ratingDistribution: [counters.rating1, counters.rating2, counters.rating3, counters.rating4, counters.rating5],
  activeVolunteers: distinct.activeVolunteers,
  returningVolunteers: distinct.returningVolunteers,
  questions: counters.questions,
  answerRate: ratio(counters.answeredQuestions, counters.questions),
  medianFirstAnswer: medianAnswerBucket(counters),
  noticeReadRate: ratio(counters.noticeReads, counters.noticeAudience),
});

export type MeasureKey = keyof Measures;

/** Each measure's name and one-line definition, shown beside its number. */
export const MEASURE_DEFINITIONS: Record<MeasureKey, { label: string; definition: string }> = {
  servicesDelivered: { label: '服务人次', definition: '已完成（含已评价）的服务预约数，按服务记录提交日计入。' },
  peopleServed: { label: '服务对象人数', definition: '本学期至少完成过一次服务的预约人，同一人只计一次。' },
  verifiedHours: { label: '已认定时长', definition: '志愿时长台账中已认定的时长合计（小时），按认定时间计入学期。' },
  pendingHours: { label: '待认定时长', definition: '服务记录已提交、队长尚未确认的时长合计（小时）。' },
  activitiesHeld: { label: '开展活动数', definition: '已结束并完成结算的活动数（已取消的不计），按开始日计入。' },
  signUps: { label: '报名人次', definition: '活动报名且未取消的人次，按活动开始日计入。' },
  attendanceRate: { label: '签到率', definition: '报名者中已签到的比例（现场补签的不在其内）。' },
  noShowRate: { label: '爽约率', definition: '被标记“未到场”的预约占（已完成＋未到场）预约的比例。' },
  averageRating: { label: '平均评分', definition: '服务评价 1–5 分的平均值。' },
  ratingDistribution: { label: '评分分布', definition: '获得 1、2、3、4、5 分的评价各有多少条。' },
  activeVolunteers: { label: '活跃志愿者', definition: '本学期至少有一条已认定时长的志愿者人数。' },
  returningVolunteers: { label: '持续参与志愿者', definition: '本学期和上一学期都有已认定时长的志愿者人数。' },
  questions: { label: '提问数', definition: '问答区新发布的问题数，按提问日计入。' },
  answerRate: { label: '回答率', definition: '得到至少一条他人回答的问题占提问数的比例。' },
  medianFirstAnswer: {
    label: '首答时间中位数',
    definition: '从提问到第一条他人回答的时间的中位数，按时间段统计（如“1–2 小时”，中间两个值分属两段时显示两段合起来的范围）。',
  },
  noticeReadRate: { label: '通知阅读率', definition: '通知的首次阅读人次 ÷ 发布对象人数。' },
};

/** How a median bucket reads: `1–2 小时`, `10 分钟内`, `7 天以上`, `30 分钟–1 小时` (one unit named once). */
export const describeMinutesBucket = (bucket: { fromMinutes: number; underMinutes: number | null }): string => {
  const split = (minutes: number): [number, string] =>
    minutes < 60 ? [minutes, '分钟'] : minutes < 1440 ? [minutes / 60, '小时'] : [minutes / 1440, '天'];
  const text = (minutes: number) => split(minutes).join(' ');
  if (bucket.underMinutes === null) return `${text(bucket.fromMinutes)}以上`;
  if (bucket.fromMinutes === 0) return `${text(bucket.underMinutes)}内`;
  const [from, fromUnit] = split(bucket.fromMinutes);
  const [under, underUnit] = split(bucket.underMinutes);
  return fromUnit === underUnit ? `${from}–${under} ${underUnit}` : `${text(bucket.fromMinutes)}–${text(bucket.underMinutes)}`;
};

/** Nothing counted under the filter yet (a new environment, or a scope with no activity). */
export const isEmptyScope = (measures: Measures): boolean =>
  measures.servicesDelivered === 0 &&
  measures.verifiedHours === 0 &&
  measures.pendingHours === 0 &&
  measures.activitiesHeld === 0 &&
  measures.signUps === 0 &&
  measures.questions === 0 &&
  measures.noticeReadRate === null &&
  measures.ratingDistribution.every((count) => count === 0);
