import type { ParamsOf } from '@core/action-contract';
import type { QaContract } from '@core/qa.contract';
import { callAction } from './cloud';

/** The 问答 feed: questions, answers, search and moderation (`qa` cloud function). */

/** Newest first, one page of 20 by cursor; `tag` only with the `tag` filter. */
export const loadQaFeed = (params: ParamsOf<QaContract['feed']> = {}) => callAction('qa', 'feed', params);

/** Every word must occur in the title or text; accepted questions first, a page of 20 by cursor. */
export const searchQuestions = (params: ParamsOf<QaContract['search']>) => callAction('qa', 'search', params);

/** Up to 5 existing questions whose titles resemble the one being typed. */
export const similarQuestions = (title: string) => callAction('qa', 'similar', { title });

/** The tags a question may carry (admins edit the list). */
export const listQaTags = () => callAction('qa', 'listTags', {});

export const askQuestion = (params: ParamsOf<QaContract['ask']>) => callAction('qa', 'ask', params);

/** The question with its answers, the accepted one first. */
export const getQuestion = (questionId: string) => callAction('qa', 'getQuestion', { questionId });

export const answerQuestion = (params: ParamsOf<QaContract['answer']>) => callAction('qa', 'answer', params);

/** The asker (or an admin) accepts one answer. */
export const acceptAnswer = (questionId: string, answerId: string) => callAction('qa', 'accept', { questionId, answerId });

/** Within the edit window only (EDIT_WINDOW_CLOSED after). */
export const editQuestion = (params: ParamsOf<QaContract['editQuestion']>) => callAction('qa', 'editQuestion', params);

export const editAnswer = (params: ParamsOf<QaContract['editAnswer']>) => callAction('qa', 'editAnswer', params);

/** The author deletes their own question (`q_…`) or answer (`a_…`). */
export const deletePost = (targetId: string) => callAction('qa', 'deletePost', { targetId });

/** One report per member and post; `reported` is false when the caller had reported it already. */
export const reportPost = (targetId: string, reason: string) => callAction('qa', 'report', { targetId, reason });

/** Admin: hidden questions and answers, most recently hidden first. */
export const loadReviewQueue = () => callAction('qa', 'reviewQueue', {});

/** Admin: hide, restore or delete a post; the author is told the reason. */
export const moderatePost = (params: ParamsOf<QaContract['moderate']>) => callAction('qa', 'moderate', params);

/** Admin: replaces the tag catalogue (order kept); questions keep tags removed from it. */
export const saveQaTags = (tags: string[]) => callAction('qa', 'saveTags', { tags });
