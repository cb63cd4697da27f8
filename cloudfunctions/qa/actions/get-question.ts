import type { QaContract } from '@core/qa.contract';
import type { AnswerView } from '@core/qa.types';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { answersOf } from '../answer.repository';
import { maySee } from '../post-lookup';
import { findQuestion } from '../question.repository';
import { toAnswerView, toQuestionView } from '../question.view';

/** The accepted answer first, then the rest oldest first (the order they were given in). */
const acceptedFirst = (answers: AnswerView[]) => [...answers.filter((a) => a.accepted), ...answers.filter((a) => !a.accepted)];

export const getQuestion = async ({ params, caller }: ActionInvocation<QaContract['getQuestion']>) => {
  const question = await findQuestion(params.questionId);
  const isAdmin = (await caller.roles()).includes('admin');
  if (!question || !maySee({ kind: 'question', doc: question }, caller.openid, isAdmin)) throw new ActionError('NOT_FOUND');
  const now = new Date();
  const answers = (await answersOf(question._id))
    .filter((answer) => maySee({ kind: 'answer', doc: answer }, caller.openid, isAdmin))
    .map((answer) => toAnswerView(answer, question.acceptedAnswerId, caller.openid, now));
  return { question: toQuestionView(question, caller.openid, now), answers: acceptedFirst(answers) };
};
