import type { PostVisibility } from '@core/qa.types';
import { pendingFacts } from '../_lib/stats/count-facts';
import { unacceptFact } from '../_lib/stats/stat-facts-of';
import { changeAnswerCount, clearAcceptedIf, findQuestion, markAnsweredIfNone, markUnansweredIfEmpty } from './question.repository';
import { updatePostWhere, type Post } from './post-lookup';
import { setTagEntriesVisibility } from './tag-entry.repository';

export type VisibilityChange =
  { to: 'hidden'; hiddenBy: 'reports' | 'admin'; reason: string | null } | { to: 'visible' } | { to: 'deleted'; reason: string | null };

/** An answer that becomes visible counts on its question and takes it out of 待回答. */
export const answerShown = async (questionId: string): Promise<void> => {
  await changeAnswerCount(questionId, 1);
  await markAnsweredIfNone(questionId);
};

/** A withdrawn accepted answer leaves the question unaccepted: its accept no longer counts in the rollups. */
const answerWithdrawn = async (questionId: string, answerId: string): Promise<void> => {
  await changeAnswerCount(questionId, -1);
  // Noted only while the answer is accepted (with that acceptance's number): the replay undoes exactly that accept.
  const before = await findQuestion(questionId);
  const noteOf = (seq: number) => ({ kind: 'question', id: questionId, withdrawnAnswerId: answerId, withdrawnAcceptSeq: seq }) as const;
  const pending = before?.acceptedAnswerId === answerId ? await pendingFacts(noteOf(before.acceptSeq ?? 0)) : null;
  const cleared = await clearAcceptedIf(questionId, answerId);
  if (cleared) {
    // (Accepted after the read above: noted now, late but before the count.)
    const noted = pending ?? (await pendingFacts(noteOf(cleared.acceptSeq ?? 0)));
    await noted.count('qa.withdrawAnswer', [unacceptFact(cleared, answerId, noted.at)]);
  } else await pending?.drop();
  await markUnansweredIfEmpty(questionId);
};

const fieldsFor = (post: Post, change: VisibilityChange, now: Date): Record<string, unknown> => {
  switch (change.to) {
    case 'hidden':
      return { visibility: 'hidden', hiddenBy: change.hiddenBy, hiddenAt: now, moderationReason: change.reason, updatedAt: now };
    case 'visible':
      // A restored post starts its report count again: the earlier reporters were overruled.
      return { visibility: 'visible', hiddenBy: null, hiddenAt: null, moderationReason: null, reportCount: 0, updatedAt: now };
    case 'deleted':
      // Dropping the grams takes a deleted question out of the search index too.
      return {
        visibility: 'deleted',
        moderationReason: change.reason,
        deletedAt: now,
        ...(post.kind === 'question' ? { searchGrams: [] } : {}),
      };
  }
};

/**
 * Moves a post from the visibility it was read with to another, as one conditional update, so of
 * two concurrent changes (a third report and an admin, two admins) only one applies and its
 * follow-ups (answer counts, tag feed rows) run exactly once. Answers whether this call changed it.
 */
export const changeVisibility = async (post: Post, allowedFrom: readonly PostVisibility[], change: VisibilityChange): Promise<boolean> => {
  const from = post.doc.visibility;
  if (!allowedFrom.includes(from) || from === change.to) return false;
  const changed = await updatePostWhere(post, { visibility: from }, fieldsFor(post, change, new Date()));
  if (!changed) return false;
  if (post.kind === 'question') {
    await setTagEntriesVisibility(post.doc._id, change.to);
  } else if (from === 'visible') {
    await answerWithdrawn(post.doc.questionId, post.doc._id);
  } else if (change.to === 'visible') {
    await answerShown(post.doc.questionId);
  }
  return true;
};
