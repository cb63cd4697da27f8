import { z } from 'zod';
import { fileIdSchema } from './cloud-file-id';
import { freeText, type TextOptions } from './text.schema';
import { activityIdSchema } from './activity.schema';
import { PARTICIPANT_GROUPS } from './activity.types';

/**
 * A notice's body is structured rich text, never HTML: the app renders these blocks itself, so
 * nothing a publisher types can become markup or script. Text that looks like an HTML tag is
 * refused outright, because a publisher pasting HTML expects it to render and would be surprised.
 */
const HTML_TAG = /<\/?[a-z!][^>]*>/i;

const noticeText = (max: number, options: TextOptions) =>
  freeText(max, options).refine((value) => !HTML_TAG.test(value), '不支持 HTML，请使用编辑器的格式按钮');

/** http(s) only: `javascript:` and other schemes never reach a link. */
const linkSchema = z
  .string({ invalid_type_error: '应为文本' })
  .max(500, '链接过长')
  .regex(/^https?:\/\/[^\s<>"']+$/i, '链接应以 http:// 或 https:// 开头');

export const inlineSchema = z
  .object({
    text: noticeText(2000, { multiline: true, trim: false }).pipe(z.string().min(1, '不能为空')),
    bold: z.boolean().optional(),
    link: linkSchema.optional(),
  })
  .strict();

const inlinesSchema = z.array(inlineSchema, { invalid_type_error: '应为列表' }).min(1, '不能为空').max(50, '一段最多 50 个片段');

export const noticeBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: inlinesSchema }).strict(),
  z
    .object({
      type: z.literal('list'),
      ordered: z.boolean().default(false),
      items: z.array(inlinesSchema).min(1).max(30, '列表最多 30 项'),
    })
    .strict(),
  z.object({ type: z.literal('image'), fileId: fileIdSchema }).strict(),
]);

export const NOTICE_BODY_MAX_CHARS = 5000;

const charsOf = (blocks: z.infer<typeof noticeBlockSchema>[]) =>
  blocks.reduce((sum, block) => {
    if (block.type === 'paragraph') return sum + block.children.reduce((n, run) => n + run.text.length, 0);
    if (block.type === 'list') return sum + block.items.flat().reduce((n, run) => n + run.text.length, 0);
    return sum;
  }, 0);

export const noticeBodySchema = z
  .array(noticeBlockSchema, { invalid_type_error: '正文格式不正确' })
  .min(1, '正文不能为空')
  .max(100, '正文最多 100 段')
  .refine((blocks) => charsOf(blocks) <= NOTICE_BODY_MAX_CHARS, `正文不能超过 ${NOTICE_BODY_MAX_CHARS} 个字`);

export const noticeTitleSchema = noticeText(60, {}).pipe(z.string().min(2, '标题至少 2 个字'));

export const attachmentsSchema = z
  .array(fileIdSchema, { invalid_type_error: '应为列表' })
  .max(9, '最多 9 个附件')
  .refine((ids) => new Set(ids).size === ids.length, '附件不能重复');

const idListSchema = z
  .array(z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确'))
  .min(1, '至少选择一项')
  .max(50, '最多 50 项');

export { PARTICIPANT_GROUPS };

export const AUDIENCE_ROLES = ['student', 'teacher', 'volunteer', 'leader', 'admin'] as const;

/** Who a notice is for. Org units include their descendants (a 团支部 reaches its classes). */
export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyone') }).strict(),
  z.object({ kind: z.literal('orgUnits'), orgUnitIds: idListSchema }).strict(),
  z.object({ kind: z.literal('teams'), teamIds: idListSchema }).strict(),
  z.object({ kind: z.literal('roles'), roles: z.array(z.enum(AUDIENCE_ROLES)).min(1, '至少选择一项').max(5) }).strict(),
  /** The participants of one activity, as its attendance stands when the notice is published (its organisers only). */
  z.object({ kind: z.literal('activity'), activityId: activityIdSchema, group: z.enum(PARTICIPANT_GROUPS).default('signedUp') }).strict(),
]);

export const CONFIRM_MODES = ['read', 'confirm', 'reply'] as const;

export const noticeIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^n_[A-Za-z0-9]{20}$/, '通知编号格式不正确');

export const replySchema = noticeText(200, { multiline: true }).pipe(z.string().min(1, '回复不能为空'));

export const recallReasonSchema = noticeText(100, {}).pipe(z.string().min(2, '请填写撤回原因（至少 2 个字）'));

/** What a publisher composes; shared by publish, saveDraft and edit. */
export const noticeDraftShape = {
  title: noticeTitleSchema,
  body: noticeBodySchema,
  attachments: attachmentsSchema.default([]),
  audience: audienceSchema,
  confirmMode: z.enum(CONFIRM_MODES),
  pinned: z.boolean().default(false),
  /** ISO time; absent or past = publish now. At most 60 days ahead. */
  publishAt: z
    .string({ invalid_type_error: '应为时间' })
    .datetime({ offset: true, message: '时间格式不正确' })
    .refine((iso) => Date.parse(iso) < Date.now() + 60 * 86_400_000, '定时发布最多提前 60 天')
    .optional(),
};
