import { textGrams, titleSimilarity } from '@core/qa-search-grams';
import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { similarCandidates } from '../question.repository';
import { toQuestionSummary } from '../question.view';

const TITLE_GRAMS = 12;
const CANDIDATES = 100;
const SHOWN = 5;
/** Below this share of common grams two titles are about different things. */
const MIN_SIMILARITY = 0.2;

/** Called while the asker types, so it stays cheap: one indexed read, ranked in memory. */
export const similar = async ({ params }: ActionInvocation<QaContract['similar']>) => {
  const grams = textGrams(params.title, TITLE_GRAMS);
  if (grams.length < 2) return { items: [] };
  const scored = (await similarCandidates(grams, CANDIDATES))
    .map((question) => ({ question, score: titleSimilarity(grams, textGrams(question.title)) }))
    .filter(({ score }) => score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, SHOWN);
  return { items: scored.map(({ question }) => toQuestionSummary(question)) };
};
