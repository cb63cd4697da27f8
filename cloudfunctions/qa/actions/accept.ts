import type { QaContract } from '@core/qa.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findAnswer } from '../answer.repository';
import { acceptAnswerIfNone, findQuestion } from '../question.repository';
import { questionFacts } from '../../_lib/stats/stat-facts-of';
import { pendingFacts } from '../../_lib/stats/count-facts';

/**
 * The guard has already let only the asker or an admin through. One accepted answer per
 * question, set by a conditional update so two concurrent accepts cannot both win; the same
 * update bumps `acceptSeq`, which names this acceptance's stats fact.
 */
export const accept = async ({ params }: ActionInvocation<QaContract['accept']>) => {
  const { questionId, answerId } = params;
  const answer = await findAnswer(answerId);
  if (!answer || answer.questionId !== questionId || answer.visibility !== 'visible') throw new ActionError('NOT_FOUND');
  const pending = await pendingFacts({ kind: 'question', id: questionId });
  const accepted = await acceptAnswerIfNone(questionId, answerId);
  if (accepted) {
    await pending.count('qa.accept', questionFacts(accepted, []));
    return { questionId, answerId };
  }
  await pending.drop();
  const question = await findQuestion(questionId);
  if (!question || question.visibility !== 'visible') throw new ActionError('NOT_FOUND');
  if (question.acceptedAnswerId === answerId) return { questionId, answerId };
  throw new ActionError('ANSWER_ALREADY_ACCEPTED');
};
