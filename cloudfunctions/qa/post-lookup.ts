import { findAnswer, updateAnswerWhere, type AnswerDocument } from './answer.repository';
import { postKindOf } from './post-id';
import { findQuestion, updateQuestionWhere, type QuestionDocument } from './question.repository';

/** A question or an answer, named by one `targetId` (`q_…` / `a_…`). */
export type Post = { kind: 'question'; doc: QuestionDocument } | { kind: 'answer'; doc: AnswerDocument };

export const findPost = async (targetId: string): Promise<Post | null> => {
  if (postKindOf(targetId) === 'question') {
    const doc = await findQuestion(targetId);
    return doc ? { kind: 'question', doc } : null;
  }
  const doc = await findAnswer(targetId);
  return doc ? { kind: 'answer', doc } : null;
};

export const updatePostWhere = (post: Post, conditions: Record<string, unknown>, changes: Record<string, unknown>) =>
  post.kind === 'question' ? updateQuestionWhere(post.doc._id, conditions, changes) : updateAnswerWhere(post.doc._id, conditions, changes);

/** Who may see a post that is not deleted: everyone while visible, its author and admins while hidden. */
export const maySee = (post: Post, viewer: string, isAdmin: boolean): boolean =>
  post.doc.visibility === 'visible' || (post.doc.visibility === 'hidden' && (isAdmin || post.doc.authorOpenid === viewer));
