import type { ModerationDecision } from '@core/qa.types';
import { notifyAfterCommit } from '../_lib/notify/notify';
import type { AnswerDocument } from './answer.repository';
import type { Post } from './post-lookup';
import type { QuestionDocument } from './question.repository';

/**
 * The messages the Q&A feed sends through the platform's `notify`. Best effort: the post is
 * already stored, so a failed message is logged, never turned into an error.
 */
export const tellAskerOfAnswer = async (question: QuestionDocument, answer: AnswerDocument): Promise<void> => {
  // Keyed by the answer, so a retried call never tells the asker twice.
  await notifyAfterCommit(
    question.authorOpenid,
    'answerReceived',
    { question: question.title, answerer: answer.authorName },
    { key: answer._id },
  );
};

/**
 * An author hears why a post was hidden, restored or deleted. Needs a notification kind for it
 * in core/notification-kinds.ts (owned by the platform-services work); until that exists the
 * decision and reason are kept on the post (`moderationReason`) and shown on its page.
 */
export const tellAuthorOfModeration = async (_post: Post, _decision: ModerationDecision | 'reported', _reason: string): Promise<void> =>
  undefined;
