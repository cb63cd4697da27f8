import { queryGrams, textGrams } from '@core/qa-search-grams';
import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { searchCandidates, type QuestionDocument } from '../question.repository';
import { toQuestionSummary } from '../question.view';

/** How many matching questions are read and ranked, and how many are answered. */
const CANDIDATES = 200;
const RESULTS = 20;

/** Accepted questions first (they hold an answer that worked), then title hits, then newest. */
const rank = (grams: string[]) => {
  const inTitle = (question: QuestionDocument) => {
    const titleGrams = new Set(textGrams(question.title));
    return grams.every((gram) => titleGrams.has(gram));
  };
  return (question: QuestionDocument): number[] => [
    question.answerState === 'accepted' ? 1 : 0,
    inTitle(question) ? 1 : 0,
    new Date(question.createdAt).getTime(),
  ];
};

const byKeysDescending = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
};

export const search = async ({ params }: ActionInvocation<QaContract['search']>) => {
  const grams = queryGrams(params.q);
  if (grams.length === 0) return { items: [], nextCursor: null };
  const found = await searchCandidates(grams, CANDIDATES, params.tag);
  const keyOf = rank(grams);
  const ranked = found
    .map((question) => ({ question, key: keyOf(question) }))
    .sort((a, b) => byKeysDescending(a.key, b.key))
    .slice(0, RESULTS);
  return { items: ranked.map(({ question }) => toQuestionSummary(question)), nextCursor: null };
};
