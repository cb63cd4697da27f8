import { z } from 'zod';
import { fileIdSchema } from './cloud-file-id';
import { MAX_CATALOGUE_TAGS, MAX_TAGS_PER_QUESTION } from './qa-tags';
import { longText, shortText } from './text.schema';

/**
 * Field schemas of the Q&A actions. Every one accepts only a real string or array of strings,
 * so `{"$gt": ""}` fails as a type error before anything reaches a query.
 */

export const QUESTION_TITLE_MAX = 50;
export const POST_BODY_MAX = 1000;
export const MAX_PHOTOS = 6;

export const questionTitleSchema = shortText(QUESTION_TITLE_MAX).pipe(z.string().min(4, '标题至少 4 个字'));
export const questionBodySchema = longText(POST_BODY_MAX);
export const answerBodySchema = longText(POST_BODY_MAX).pipe(z.string().min(1, '回答内容不能为空'));

export const tagNameSchema = shortText(8).pipe(z.string().min(1, '标签不能为空'));

/** Distinct tags; whether each is in the catalogue is checked by the server against the stored list. */
export const questionTagsSchema = z
  .array(tagNameSchema, { invalid_type_error: '应为列表' })
  .min(1, '至少选择 1 个标签')
  .max(MAX_TAGS_PER_QUESTION, `最多选择 ${MAX_TAGS_PER_QUESTION} 个标签`)
  .refine((tags) => new Set(tags).size === tags.length, '标签不能重复');

export const tagCatalogueSchema = z
  .array(tagNameSchema, { invalid_type_error: '应为列表' })
  .min(1, '至少保留 1 个标签')
  .max(MAX_CATALOGUE_TAGS, `最多 ${MAX_CATALOGUE_TAGS} 个标签`)
  .refine((tags) => new Set(tags).size === tags.length, '标签不能重复');

/**
 * A photo is a CloudBase file ID the caller uploaded and claimed (`files.claim`) for the
 * purpose `question-photo` / `answer-photo`; the server checks the claim.
 */
export const photoIdSchema = fileIdSchema;

export const photosSchema = z
  .array(photoIdSchema, { invalid_type_error: '应为列表' })
  .max(MAX_PHOTOS, `最多 ${MAX_PHOTOS} 张图片`)
  .refine((ids) => new Set(ids).size === ids.length, '图片不能重复');

/** Server-generated ids: `q_…` for questions, `a_…` for answers, so one field can name either. */
export const questionIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^q_[A-Za-z0-9]{8,32}$/, '问题编号格式不正确');
export const answerIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^a_[A-Za-z0-9]{8,32}$/, '回答编号格式不正确');
export const postIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^[qa]_[A-Za-z0-9]{8,32}$/, '内容编号格式不正确');

export const reportReasonSchema = shortText(100).pipe(z.string().min(2, '请说明举报理由（至少 2 个字）'));
export const moderationReasonSchema = shortText(100).pipe(z.string().min(2, '请说明处理理由（至少 2 个字）'));

/** A search needs at least one word; a lone Han character matches nothing (bigrams). */
export const searchQuerySchema = shortText(40).pipe(z.string().min(1, '请输入搜索内容'));
