import { z } from 'zod';
import { HOURS_ROUNDINGS, POSTPONE_MAX_DAYS } from './activity.types';
import { longText } from './text.schema';
import { fileIdSchema } from './cloud-file-id';
import { isRealDay } from './shanghai-time';
import { documentId, shortText } from './text.schema';

/** Field schemas of the activities and records actions: real values only, bounded before anything reaches a query. */

/** `act_` + 20 letters/digits: server-chosen, so attendance ids `${activityId}:${openid}` stay parseable. */
export const activityIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^act_[A-Za-z0-9]{20}$/, '活动编号格式不正确');

/** `${activityId}:${openid}` */
export const attendanceIdSchema = z
  .string({ invalid_type_error: '应为文本' })
  .regex(/^act_[A-Za-z0-9]{20}:[A-Za-z0-9_-]{1,64}$/, '报名记录编号格式不正确');

export const termIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^term_[A-Za-z0-9]{12}$/, '学期编号格式不正确');

export const correctionIdSchema = z
  .string({ invalid_type_error: '应为文本' })
  .regex(/^act_[A-Za-z0-9]{20}:[A-Za-z0-9_-]{1,64}$/, '申请编号格式不正确');

/** A signed code as scanned: base64url segments joined by dots. Its content is checked by signature, not here. */
export const signedCodeSchema = z
  .string({ invalid_type_error: '应为文本' })
  .trim()
  .min(1, '请扫描或粘贴签到码')
  .max(512, '签到码格式不正确')
  .regex(/^[A-Za-z0-9_.-]+$/, '签到码格式不正确');

export const instantSchema = z.string({ invalid_type_error: '应为时间' }).datetime({ offset: true, message: '时间格式不正确' });

export const locationSchema = z
  .object({
    latitude: z.number({ invalid_type_error: '应为数字' }).min(-90).max(90),
    longitude: z.number({ invalid_type_error: '应为数字' }).min(-180).max(180),
    accuracy: z.number().min(0).max(100_000).optional(),
  })
  .strict();

export const circleSchema = z
  .object({
    latitude: z.number({ invalid_type_error: '应为数字' }).min(-90).max(90),
    longitude: z.number({ invalid_type_error: '应为数字' }).min(-180).max(180),
    radiusMeters: z
      .number({ invalid_type_error: '应为数字' })
      .int('应为整数')
      .min(20, '签到范围至少 20 米')
      .max(5000, '签到范围不超过 5 公里'),
  })
  .strict();

const idList = z.array(documentId).min(1, '至少选择一项').max(50, '最多 50 项');

export const activityAudienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyone') }).strict(),
  z.object({ kind: z.literal('orgUnits'), orgUnitIds: idList }).strict(),
  z.object({ kind: z.literal('team'), teamId: documentId }).strict(),
]);

export const hoursRuleSchema = z
  .object({
    kind: z.enum(['measured', 'fixed']),
    fixedMinutes: z
      .number()
      .int('应为整数')
      .min(15)
      .max(24 * 60)
      .nullable()
      .default(null),
    rounding: z.enum(HOURS_ROUNDINGS).default('standard'),
  })
  .strict()
  .refine((rule) => rule.kind !== 'fixed' || rule.fixedMinutes !== null, { message: '固定时长需填写分钟数', path: ['fixedMinutes'] });

/** Fields an organiser sets when creating or editing an activity. Instants are ISO strings with an offset. */
export const activityFieldsSchema = z
  .object({
    title: shortText(40).pipe(z.string().min(2, '活动名称至少 2 个字')),
    description: longText(1000).default(''),
    coverFileId: fileIdSchema.nullable().default(null),
    place: shortText(40).pipe(z.string().min(1, '请填写活动地点')),
    circle: circleSchema.nullable().default(null),
    startAt: instantSchema,
    endAt: instantSchema,
    signUpOpensAt: instantSchema,
    signUpClosesAt: instantSchema,
    capacity: z.number({ invalid_type_error: '应为数字' }).int('应为整数').min(1, '名额至少 1 人').max(5000, '名额不超过 5000 人'),
    audience: activityAudienceSchema.default({ kind: 'everyone' }),
    hoursRule: hoursRuleSchema.default({ kind: 'measured', fixedMinutes: null, rounding: 'standard' }),
    checkoutRequired: z.boolean().default(true),
    allowWalkIn: z.boolean().default(false),
    earlyMinutes: z.number().int('应为整数').min(0).max(180).default(30),
    lateMinutes: z.number().int('应为整数').min(0).max(180).default(30),
    templateKey: z
      .string()
      .regex(/^[a-z-]{1,30}$/)
      .nullable()
      .default(null),
    teamId: documentId.nullable().default(null),
  })
  .strict();

type Fields = z.output<typeof activityFieldsSchema>;

/** Cross-field rules: the end after the start, sign-up closing no later than the end, at most 7 days long. */
export const checkActivityTimes = (value: Pick<Fields, 'startAt' | 'endAt' | 'signUpOpensAt' | 'signUpClosesAt'>, ctx: z.RefinementCtx) => {
  const [start, end, opens, closes] = [value.startAt, value.endAt, value.signUpOpensAt, value.signUpClosesAt].map((v) => Date.parse(v));
  if (end <= start) ctx.addIssue({ code: 'custom', path: ['endAt'], message: '结束时间应晚于开始时间' });
  if (end - start > 7 * 24 * 3_600_000) ctx.addIssue({ code: 'custom', path: ['endAt'], message: '活动时长不超过 7 天' });
  if (closes <= opens) ctx.addIssue({ code: 'custom', path: ['signUpClosesAt'], message: '报名截止应晚于报名开始' });
  if (closes > end) ctx.addIssue({ code: 'custom', path: ['signUpClosesAt'], message: '报名截止不能晚于活动结束' });
};

/**
 * An organiser's move of an activity to new times: in the future, the end after the start, at
 * most 7 days long and at most 180 days ahead (the app's pickers offer that range).
 */
export const checkPostponedTimes = (value: { startAt: string; endAt: string }, ctx: z.RefinementCtx) => {
  const [start, end] = [Date.parse(value.startAt), Date.parse(value.endAt)];
  if (start <= Date.now()) ctx.addIssue({ code: 'custom', path: ['startAt'], message: '新的开始时间应晚于现在' });
  if (start > Date.now() + POSTPONE_MAX_DAYS * 86_400_000) {
    ctx.addIssue({ code: 'custom', path: ['startAt'], message: `新的开始时间不超过 ${POSTPONE_MAX_DAYS} 天后` });
  }
  if (end <= start) ctx.addIssue({ code: 'custom', path: ['endAt'], message: '结束时间应晚于开始时间' });
  if (end - start > 7 * 24 * 3_600_000) ctx.addIssue({ code: 'custom', path: ['endAt'], message: '活动时长不超过 7 天' });
};

/** A term's fields, with `termId` when editing; the end on or after the start. */
export const termFieldsSchema = z
  .object({
    termId: termIdSchema.optional(),
    name: shortText(30).pipe(z.string().min(2, '学期名称至少 2 个字')),
    startDay: z.string({ invalid_type_error: '应为日期' }).refine(isRealDay, '日期格式应为 YYYY-MM-DD'),
    endDay: z.string({ invalid_type_error: '应为日期' }).refine(isRealDay, '日期格式应为 YYYY-MM-DD'),
  })
  .strict()
  .refine((term) => term.endDay >= term.startDay, { message: '结束日期应不早于开始日期', path: ['endDay'] });

export const reasonRequired = shortText(100).pipe(z.string().min(2, '请填写原因（至少 2 个字）'));
