import type { QaContract } from '@core/qa.contract';
import type { ReviewItem } from '@core/qa.types';
import type { ActionInvocation } from '../../_lib/define-function';
import { hiddenAnswers } from '../answer.repository';
import { findQuestionsByIds, hiddenQuestions } from '../question.repository';
import { recentReportReasons } from '../report.repository';

const PER_KIND = 50;
const REASONS_SHOWN = 5;

/** Hidden posts wait here for an admin; the queue is short by nature, so no paging. */
export const reviewQueue = async (_: ActionInvocation<QaContract['reviewQueue']>) => {
  const [questions, answers] = await Promise.all([hiddenQuestions(PER_KIND), hiddenAnswers(PER_KIND)]);
  const titles = new Map((await findQuestionsByIds([...new Set(answers.map((a) => a.questionId))])).map((q) => [q._id, q.title]));
  const posts = [
    ...questions.map((q) => ({ kind: 'question' as const, doc: q, questionId: q._id, title: q.title })),
    ...answers.map((a) => ({ kind: 'answer' as const, doc: a, questionId: a.questionId, title: titles.get(a.questionId) ?? '' })),
  ];
  const items: ReviewItem[] = await Promise.all(
    posts.map(async ({ kind, doc, questionId, title }) => ({
      kind,
      targetId: doc._id,
      questionId,
      title,
      body: doc.body,
      authorName: doc.authorName,
      reportCount: doc.reportCount,
      hiddenBy: doc.hiddenBy ?? 'admin',
      reportReasons: await recentReportReasons(doc._id, REASONS_SHOWN),
      hiddenAt: new Date(doc.hiddenAt ?? doc.updatedAt).toISOString(),
    })),
  );
  return { items: items.sort((a, b) => b.hiddenAt.localeCompare(a.hiddenAt)) };
};
