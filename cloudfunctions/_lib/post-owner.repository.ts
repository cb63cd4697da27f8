import { database } from './cloudbase';

/**
 * The author of a Q&A post, for the ownership guard: `q_…` ids are questions, `a_…` answers.
 * Reads one field, so the guard's extra lookup stays one small document read.
 */
export const authorOfPost = async (postId: string): Promise<string | null> => {
  const collection = postId.startsWith('q_') ? 'qa_questions' : postId.startsWith('a_') ? 'qa_answers' : null;
  if (!collection) return null;
  const { data } = await database.collection(collection).doc(postId).field({ authorOpenid: true }).get();
  const found = (Array.isArray(data) ? data[0] : data) as { authorOpenid?: unknown } | undefined;
  return typeof found?.authorOpenid === 'string' ? found.authorOpenid : null;
};
