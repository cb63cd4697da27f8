import type { QaContract } from '@core/qa.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { editAnswerWithin, findAnswer } from '../answer.repository';
import { requireEditable, windowOpensAfter } from '../edit-window';
import { checkPostPhotos, checkPostText } from '../post-safety';

export const editAnswer = async ({ params, caller }: ActionInvocation<QaContract['editAnswer']>) => {
  const now = new Date();
  requireEditable(await findAnswer(params.answerId), now);
  await checkPostText(caller.openid, [params.body]);
  await checkPostPhotos(caller.openid, params.photos, 'answer-photo');
  const edited = await editAnswerWithin(params.answerId, caller.openid, windowOpensAfter(now), {
    body: params.body,
    photos: params.photos,
    updatedAt: now,
  });
  if (!edited) throw new ActionError('EDIT_WINDOW_CLOSED');
  return { answerId: params.answerId };
};
