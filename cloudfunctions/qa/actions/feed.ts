import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { findQuestionsByIds, pageQuestions, type QuestionFeedKey } from '../question.repository';
import { toQuestionSummary } from '../question.view';
import { pageTagEntries } from '../tag-entry.repository';

type FeedParams = ActionInvocation<QaContract['feed']>['params'];

const feedKey = (params: FeedParams, openid: string): QuestionFeedKey => {
  switch (params.filter) {
    case 'unanswered':
      return { visibility: 'visible', answerState: 'none' };
    case 'solved':
      return { visibility: 'visible', answerState: 'accepted' };
    case 'mine':
      return { authorOpenid: openid, ownVisible: true };
    default:
      return { visibility: 'visible' };
  }
};

/** A tag page: the tag rows give order and cursor, then the page's questions are read by id. */
const tagPage = async (tag: string, limit: number, cursor?: string) => {
  const entries = await pageTagEntries(tag, limit, cursor);
  const found = new Map((await findQuestionsByIds(entries.items.map((row) => row.questionId))).map((q) => [q._id, q]));
  const items = entries.items.flatMap((row) => {
    const question = found.get(row.questionId);
    // A row can briefly outlive its question's visibility change; the question decides.
    return question && question.visibility === 'visible' ? [toQuestionSummary(question)] : [];
  });
  return { items, nextCursor: entries.nextCursor };
};

export const feed = async ({ params, caller }: ActionInvocation<QaContract['feed']>) => {
  if (params.filter === 'tag' && params.tag) return tagPage(params.tag, params.limit, params.cursor);
  const page = await pageQuestions(feedKey(params, caller.openid), params.limit, params.cursor);
  return { items: page.items.map(toQuestionSummary), nextCursor: page.nextCursor };
};
