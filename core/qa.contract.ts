import { z } from 'zod';
import { defineAction, type ResultOf } from './action-contract';
import { cursorSchema, pageLimitSchema, type Page } from './page.schema';
import {
  answerBodySchema,
  answerIdSchema,
  moderationReasonSchema,
  photosSchema,
  postIdSchema,
  questionBodySchema,
  questionIdSchema,
  questionTagsSchema,
  questionTitleSchema,
  reportReasonSchema,
  searchQuerySchema,
  tagCatalogueSchema,
  tagNameSchema,
} from './qa.schema';
import { FEED_FILTERS, type QuestionDetail, type QuestionSummary, type ReviewItem } from './qa.types';
import type { Role } from './roles';
import { EVERYONE } from './roles';
import { shortText } from './text.schema';

/** Approved members (any kind) and admins; guests wait for their membership before joining in. */
const MEMBERS: readonly Role[] = ['student', 'teacher', 'volunteer', 'leader', 'admin'];

/** The author of the post the param names (`q_…` question or `a_…` answer). */
const postOwner = (param: string) => ({ resource: 'qaPost' as const, param });

/**
 * `qa`: the 智慧车服服务群 as a feed. Texts pass the content-security check before they are
 * stored; photos must have been claimed by the caller through `files.claim` first.
 */
export const qaContract = {
  ask: defineAction<{ questionId: string }>()({
    params: z.object({ title: questionTitleSchema, body: questionBodySchema, tags: questionTagsSchema, photos: photosSchema.default([]) }),
    allow: MEMBERS,
  }),
  /** The asker is told of each new answer (subscription message). */
  answer: defineAction<{ answerId: string }>()({
    params: z.object({ questionId: questionIdSchema, body: answerBodySchema, photos: photosSchema.default([]) }),
    allow: MEMBERS,
  }),
  /** The asker or an admin accepts one answer; accepting the same answer again is harmless. */
  accept: defineAction<{ questionId: string; answerId: string }>()({
    params: z.object({ questionId: questionIdSchema, answerId: answerIdSchema }),
    allow: ['admin'],
    owner: postOwner('questionId'),
  }),
  /**
   * Newest first, keyset-paged over an index (a page costs the same however long the feed is).
   * `tag` is required with the `tag` filter; `mine` includes the caller's own hidden posts.
   */
  feed: defineAction<Page<QuestionSummary>>()({
    params: z
      .object({
        filter: z.enum(FEED_FILTERS).default('latest'),
        tag: tagNameSchema.optional(),
        cursor: cursorSchema.optional(),
        limit: pageLimitSchema,
      })
      .refine((params) => params.filter !== 'tag' || params.tag !== undefined, { message: '按标签浏览时请选择标签', path: ['tag'] }),
    allow: MEMBERS,
  }),
  /** Every word of `q` must occur in the title or text; accepted first, then answered, then open, newest first; keyset-paged. */
  search: defineAction<Page<QuestionSummary>>()({
    params: z.object({ q: searchQuerySchema, tag: tagNameSchema.optional(), cursor: cursorSchema.optional(), limit: pageLimitSchema }),
    allow: MEMBERS,
  }),
  /** While the asker types a title: up to 5 existing questions with similar titles. */
  similar: defineAction<{ items: QuestionSummary[] }>()({
    params: z.object({ title: shortText(50) }),
    allow: MEMBERS,
  }),
  /** A question with its answers (accepted first). Hidden posts reach only their author and admins. */
  getQuestion: defineAction<QuestionDetail>()({
    params: z.object({ questionId: questionIdSchema }),
    allow: MEMBERS,
  }),
  /** Within the edit window only (QA_EDIT_WINDOW_CLOSED after). */
  editQuestion: defineAction<{ questionId: string }>()({
    params: z.object({
      questionId: questionIdSchema,
      title: questionTitleSchema,
      body: questionBodySchema,
      tags: questionTagsSchema,
      photos: photosSchema.default([]),
    }),
    allow: [],
    owner: postOwner('questionId'),
  }),
  editAnswer: defineAction<{ answerId: string }>()({
    params: z.object({ answerId: answerIdSchema, body: answerBodySchema, photos: photosSchema.default([]) }),
    allow: [],
    owner: postOwner('answerId'),
  }),
  /** The author deletes their own question or answer (admins use `moderate`). */
  deletePost: defineAction<{ deleted: true }>()({
    params: z.object({ targetId: postIdSchema }),
    allow: [],
    owner: postOwner('targetId'),
  }),
  /**
   * One report per member and post; the third distinct reporter hides the post pending review.
   * `reported` is false when the caller had already reported it.
   */
  report: defineAction<{ reported: boolean; hidden: boolean }>()({
    params: z.object({ targetId: postIdSchema, reason: reportReasonSchema }),
    allow: MEMBERS,
  }),
  /** Admins hide, restore or delete a post; the author is told the decision and the reason. */
  moderate: defineAction<{ targetId: string; visibility: 'visible' | 'hidden' | 'deleted' }>()({
    params: z.object({ targetId: postIdSchema, decision: z.enum(['hide', 'restore', 'delete']), reason: moderationReasonSchema }),
    allow: ['admin'],
  }),
  /** Hidden questions and answers, most recently hidden first (at most 50 of each). */
  reviewQueue: defineAction<{ items: ReviewItem[] }>()({
    params: z.object({}),
    allow: ['admin'],
  }),
  listTags: defineAction<{ tags: string[] }>()({
    params: z.object({}),
    allow: EVERYONE,
  }),
  /** Replaces the catalogue; questions keep tags that are removed from it. */
  saveTags: defineAction<{ tags: string[] }>()({
    params: z.object({ tags: tagCatalogueSchema }),
    allow: ['admin'],
  }),
};

export type QaContract = typeof qaContract;
export type QaAction = keyof QaContract;
export type AskResult = ResultOf<QaContract['ask']>;
export type * from './qa.types';
export type { Page } from './page.schema';
