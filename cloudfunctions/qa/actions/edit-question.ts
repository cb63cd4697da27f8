import { questionGrams } from '@core/qa-search-grams';
import type { QaContract } from '@core/qa.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { requireEditable, windowOpensAfter } from '../edit-window';
import { checkPostPhotos, checkPostText } from '../post-safety';
import { editQuestionWithin, findQuestion } from '../question.repository';
import { addTagEntries, removeTagEntries } from '../tag-entry.repository';
import { requireKnownTags } from '../tag-rules';

/** Only the author reaches this (ownership guard), and only inside the edit window. */
export const editQuestion = async ({ params, caller }: ActionInvocation<QaContract['editQuestion']>) => {
  const now = new Date();
  const question = await findQuestion(params.questionId);
  requireEditable(question, now);
  const before = question!;
  await requireKnownTags(params.tags, before.tags);
  await checkPostText(caller.openid, [params.title, params.body]);
  await checkPostPhotos(caller.openid, params.photos, 'question-photo');
  const edited = await editQuestionWithin(before._id, caller.openid, windowOpensAfter(now), {
    title: params.title,
    body: params.body,
    tags: params.tags,
    photos: params.photos,
    searchGrams: questionGrams(params.title, params.body),
    updatedAt: now,
  });
  if (!edited) throw new ActionError('EDIT_WINDOW_CLOSED');
  await removeTagEntries(
    before._id,
    before.tags.filter((tag) => !params.tags.includes(tag)),
  );
  await addTagEntries(
    before._id,
    params.tags.filter((tag) => !before.tags.includes(tag)),
    new Date(before.createdAt),
    before.visibility,
  );
  return { questionId: before._id };
};
