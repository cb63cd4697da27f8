import { queryGrams } from '@core/qa-search-grams';
import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { searchQuestions } from '../question.repository';
import { toQuestionSummary } from '../question.view';

export const search = async ({ params }: ActionInvocation<QaContract['search']>) => {
  const grams = queryGrams(params.q);
  if (grams.length === 0) return { items: [], nextCursor: null };
  const page = await searchQuestions(grams, { tag: params.tag, cursor: params.cursor, limit: params.limit });
  return { items: page.items.map(toQuestionSummary), nextCursor: page.nextCursor };
};
