import { z } from 'zod';
import { defineAction } from './action-contract';
import type { ExportResult } from './activity.types';
import { reasonRequired, termIdSchema } from './activity.schema';
import type { HonourLevel, HonourProgress, HonourSettings, NominationRule } from './honours';
import { EVERYONE } from './roles';
import { shortText } from './text.schema';

const MEMBERS = ['student', 'teacher', 'volunteer', 'leader', 'admin'] as const;
const ADMIN = ['admin'] as const;

export const awardIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Za-z0-9_-]{1,64}:[1-5]$/, '荣誉编号格式不正确');
export const ruleIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^nr_[a-z0-9]{8}$/, '评优规则编号格式不正确');

const hours = (max: number) =>
  z.number({ invalid_type_error: '应为数字' }).int('请填写整数').min(0, '不能为负数').max(max, `不能超过 ${max}`);

const nominationRuleSchema = z.object({
  ruleId: ruleIdSchema.optional(),
  title: shortText(20).pipe(z.string().min(2, '请填写荣誉名称（至少 2 个字）')),
  minHours: hours(10_000),
  minActivities: hours(1_000),
  noUnexcusedNoShow: z.boolean(),
});

export const honourSettingsSchema = z
  .object({
    thresholds: z.tuple([hours(100_000), hours(100_000), hours(100_000), hours(100_000), hours(100_000)]),
    noticeWorkingDays: z
      .number({ invalid_type_error: '应为数字' })
      .int('请填写整数')
      .min(1, '公示期至少 1 个工作日')
      .max(30, '公示期最多 30 个工作日'),
    nominationRules: z.array(nominationRuleSchema).max(10, '评优规则最多 10 条'),
  })
  .superRefine((value, context) => {
    value.thresholds.forEach((threshold, index) => {
      if (threshold <= 0) context.addIssue({ code: 'custom', message: '星级时长应为正数', path: ['thresholds', index] });
      else if (index > 0 && threshold <= value.thresholds[index - 1])
        context.addIssue({ code: 'custom', message: '星级时长应逐级递增', path: ['thresholds', index] });
    });
  });

export type HonourStatus = 'notice' | 'awarded' | 'withdrawn';
/** Why a level was withdrawn: the committee during the notice, or the hours under it were reversed. */
export type WithdrawalCause = 'committee' | 'hours';

export interface HonourAward {
  awardId: string;
  level: HonourLevel;
  levelLabel: string;
  status: HonourStatus;
  /** The threshold (hours) it was put on notice under. */
  thresholdHours: number;
  noticeStartedAt: string;
  noticeEndsAt: string;
  awardedAt: string | null;
  withdrawnAt: string | null;
  withdrawnCause: WithdrawalCause | null;
  withdrawnReason: string | null;
}

/** A line of the public notice (公示): who, which level, on what hours. No member numbers. */
export interface PublicNoticeLine extends HonourAward {
  name: string;
  orgUnitName: string | null;
  verifiedMinutes: number;
}

export interface MyHonours {
  verifiedMinutes: number;
  /** Highest level awarded (0 = none yet). */
  level: HonourLevel | 0;
  progress: HonourProgress;
  settings: Pick<HonourSettings, 'thresholds' | 'noticeWorkingDays'>;
  ruleText: string;
  awards: HonourAward[];
}

export interface Nominee {
  name: string;
  memberNo: string | null;
  orgUnitName: string | null;
  minutes: number;
  activities: number;
  noShows: number;
}

export interface EvaluationCounts {
  members: number;
  noticed: number;
  awarded: number;
  withdrawn: number;
}

/**
 * `honours`: star levels from verified hours (with public notice and withdrawal) and term
 * nomination lists. Its own function: stats counts, honours decides.
 */
export const honoursContract = {
  /** The committee's honour settings (defaults until saved). */
  settings: defineAction<{ settings: HonourSettings }>()({ params: z.object({}), allow: ADMIN }),
  /** Saves thresholds (ascending, positive), the notice period and the nomination rules; audited. */
  saveSettings: defineAction<{ settings: HonourSettings }>()({ params: honourSettingsSchema, allow: ADMIN }),
  /** The caller's verified hours, level, progress, how it is computed, and their awards. */
  mine: defineAction<MyHonours>()({ params: z.object({}), allow: MEMBERS }),
  /** The public notice: levels on notice now, and those awarded or withdrawn in the last 30 days. */
  publicNotice: defineAction<{ lines: PublicNoticeLine[] }>()({ params: z.object({}), allow: EVERYONE }),
  /** Withdraws a level still on notice, with a reason; audited. */
  withdraw: defineAction<{ award: HonourAward }>()({
    params: z.object({ awardId: awardIdSchema, reason: reasonRequired }),
    allow: ADMIN,
  }),
  /** Runs the evaluation now (the timer runs it hourly): notices, awards, withdrawals. */
  evaluate: defineAction<EvaluationCounts>()({ params: z.object({}), allow: ADMIN }),
  /** A term's nominees under one rule. */
  nominations: defineAction<{ rule: NominationRule; nominees: Nominee[] }>()({
    params: z.object({ termId: termIdSchema, ruleId: ruleIdSchema }),
    allow: ADMIN,
  }),
  /** The same list as .xlsx; answers its temporary URL. */
  exportNominations: defineAction<ExportResult>()({
    params: z.object({ termId: termIdSchema, ruleId: ruleIdSchema }),
    allow: ADMIN,
  }),
};

export type HonoursContract = typeof honoursContract;
