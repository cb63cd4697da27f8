import { questionGrams } from '@core/qa-search-grams';
import type { QaContract } from '@core/qa.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { newPostId } from '../post-id';
import { checkPostPhotos, checkPostText } from '../post-safety';
import { insertQuestion, type QuestionDocument } from '../question.repository';
import { addTagEntries } from '../tag-entry.repository';
import { requireKnownTags } from '../tag-rules';
import { questionFacts } from '../../_lib/stats/stat-facts-of';
import { pendingFacts } from '../../_lib/stats/count-facts';

export const ask = async ({ params, caller }: ActionInvocation<QaContract['ask']>) => {
  await requireKnownTags(params.tags);
  await checkPostText(caller.openid, [params.title, params.body]);
  await checkPostPhotos(caller.openid, params.photos, 'question-photo');
  const author = await caller.user();
  const now = new Date();
  const question: QuestionDocument = {
    _id: newPostId('q'),
    authorOpenid: caller.openid,
    authorName: author?.name ?? '成员',
    title: params.title,
    body: params.body,
    tags: params.tags,
    photos: params.photos,
    searchGrams: questionGrams(params.title, params.body),
    visibility: 'visible',
    answerState: 'none',
    answerCount: 0,
    acceptedAnswerId: null,
    reportCount: 0,
    hiddenBy: null,
    hiddenAt: null,
    moderationReason: null,
    createdAt: now,
    updatedAt: now,
  };
  // Tag rows first: if the question insert then fails, rows naming a missing question are
  // skipped by the tag feed, whereas a question without its rows would be missing from it.
  await addTagEntries(question._id, question.tags, now, 'visible');
  const pending = await pendingFacts({ kind: 'question', id: question._id });
  await insertQuestion(question);
  await pending.count('qa.ask', questionFacts(question, [], author?.orgUnitId ?? null));
  return { questionId: question._id };
};
