import { authorOfAnswer } from './answer.repository';
import { authorOfQuestion } from './question.repository';

/** The author of a Q&A post, for the ownership guard: `q_…` ids are questions, `a_…` answers. */
export const authorOfPost = (postId: string): Promise<string | null> =>
  postId.startsWith('q_') ? authorOfQuestion(postId) : postId.startsWith('a_') ? authorOfAnswer(postId) : Promise.resolve(null);
