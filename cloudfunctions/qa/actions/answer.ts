import type { QaContract } from '@core/qa.contract';
import type { AnswerBadge } from '@core/qa.types';
import type { Role } from '@core/roles';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { insertAnswer, type AnswerDocument } from '../answer.repository';
import { newPostId } from '../post-id';
import { checkPostPhotos, checkPostText } from '../post-safety';
import { answerShown } from '../post-visibility';
import { tellAskerOfAnswer } from '../qa-notices';
import { findQuestion } from '../question.repository';
import { questionFacts } from '../../_lib/stats/stat-facts-of';
import { pendingFacts } from '../../_lib/stats/count-facts';

const badgeOf = (roles: readonly Role[]): AnswerBadge =>
  roles.includes('leader') ? 'leader' : roles.includes('volunteer') ? 'volunteer' : null;

export const answer = async ({ params, caller }: ActionInvocation<QaContract['answer']>) => {
  const question = await findQuestion(params.questionId);
  if (!question || question.visibility !== 'visible') throw new ActionError('NOT_FOUND');
  await checkPostText(caller.openid, [params.body]);
  await checkPostPhotos(caller.openid, params.photos, 'answer-photo');
  const [author, roles] = await Promise.all([caller.user(), caller.roles()]);
  const now = new Date();
  const answer: AnswerDocument = {
    _id: newPostId('a'),
    questionId: question._id,
    authorOpenid: caller.openid,
    authorName: author?.name ?? '成员',
    body: params.body,
    photos: params.photos,
    badge: badgeOf(roles),
    visibility: 'visible',
    reportCount: 0,
    hiddenBy: null,
    hiddenAt: null,
    moderationReason: null,
    createdAt: now,
    updatedAt: now,
  };
  const pending = await pendingFacts({ kind: 'question', id: question._id });
  await insertAnswer(answer);
  await pending.count('qa.answer', questionFacts(question, [answer]));
  await answerShown(question._id);
  if (question.authorOpenid !== caller.openid) await tellAskerOfAnswer(question, answer);
  return { answerId: answer._id };
};
