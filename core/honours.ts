import { addDays, shanghaiDay, shanghaiInstant, weekdayOf } from './shanghai-time';

/**
 * The pure rules of honours (issue 17): star levels by cumulative verified hours, the public
 * notice period in working days, and term nomination rules. Only verified, unreversed ledger
 * entries ever reach these functions: the callers sum those and nothing else.
 */
export const HONOUR_LEVELS = [1, 2, 3, 4, 5] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

export const honourLevelLabels: Record<HonourLevel, string> = { 1: '一星', 2: '二星', 3: '三星', 4: '四星', 5: '五星' };

export interface NominationRule {
  ruleId: string;
  /** 优秀志愿者, 优秀青年志愿者 … */
  title: string;
  /** Verified hours within the term, at least. */
  minHours: number;
  /** Distinct activities with verified hours within the term, at least. */
  minActivities: number;
  /** Leave out members with a sign-up they neither cancelled nor attended (the activity not cancelled). */
  noUnexcusedNoShow: boolean;
}

export interface HonourSettings {
  /** Hours for 一星 … 五星, strictly ascending, positive. */
  thresholds: [number, number, number, number, number];
  /** Working days (Mon–Fri) a level stays on public notice before it is awarded. */
  noticeWorkingDays: number;
  nominationRules: NominationRule[];
}

export const DEFAULT_HONOUR_SETTINGS: HonourSettings = {
  thresholds: [100, 300, 600, 1000, 1500],
  noticeWorkingDays: 5,
  nominationRules: [],
};

/** How the level is computed, as 我的荣誉 explains it. */
export const HONOUR_RULE_TEXT =
  '星级按累计「已认定」志愿时长计算：只计入队长确认或签退后记入时长台账的条目，待审核、已撤销的时长不计。达到某一星级后先公示，公示期满且未被撤回才正式授予；其下的时长被撤销时，该星级自动撤回。';

/** Working days are Monday to Friday (Asia/Shanghai); public holidays are not known to the app and count as working days. */
export const isWorkingDay = (day: string): boolean => {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
};

/**
 * The end of a notice that starts at `start`: midnight (Shanghai) after the `workingDays`-th
 * working day following the start's day — the start's own day never counts, so a level put on
 * notice on a Monday with 5 days ends when the next Monday is over.
 */
export const noticeEndsAt = (start: Date, workingDays: number): Date => {
  let day = shanghaiDay(start);
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return shanghaiInstant(addDays(day, 1));
};

export const thresholdMinutes = (settings: Pick<HonourSettings, 'thresholds'>, level: HonourLevel): number =>
  settings.thresholds[level - 1] * 60;

/** The highest level the minutes reach (0 = none). */
export const levelReached = (settings: Pick<HonourSettings, 'thresholds'>, minutes: number): HonourLevel | 0 =>
  HONOUR_LEVELS.reduce<HonourLevel | 0>((reached, level) => (minutes >= thresholdMinutes(settings, level) ? level : reached), 0);

export interface HonourProgress {
  nextLevel: HonourLevel | null;
  /** Hours still to go to the next level (0 when there is none). */
  remainingMinutes: number;
  /** 0–100 from the reached level's threshold to the next one's. */
  percent: number;
}

export const progressToNext = (settings: Pick<HonourSettings, 'thresholds'>, minutes: number): HonourProgress => {
  const reached = levelReached(settings, minutes);
  if (reached === 5) return { nextLevel: null, remainingMinutes: 0, percent: 100 };
  const nextLevel = (reached + 1) as HonourLevel;
  const from = reached === 0 ? 0 : thresholdMinutes(settings, reached);
  const to = thresholdMinutes(settings, nextLevel);
  return { nextLevel, remainingMinutes: to - minutes, percent: Math.floor(((minutes - from) / (to - from)) * 100) };
};

/** A member's term facts a nomination rule is checked against. */
export interface TermRecord {
  minutes: number;
  activities: number;
  noShows: number;
}

export const meetsRule = (rule: NominationRule, record: TermRecord): boolean =>
  record.minutes >= rule.minHours * 60 && record.activities >= rule.minActivities && (!rule.noUnexcusedNoShow || record.noShows === 0);

/** The one-line rule text the nomination page shows. */
export const ruleText = (rule: NominationRule): string =>
  [`学期已认定时长 ≥ ${rule.minHours} 小时`, `参加活动 ≥ ${rule.minActivities} 次`, ...(rule.noUnexcusedNoShow ? ['无无故缺席'] : [])].join(
    '，',
  );
