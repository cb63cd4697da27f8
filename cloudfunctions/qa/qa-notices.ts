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
    { questionId: question._id, question: question.title, answerer: answer.authorName },
    { key: answer._id },
  );
};

const decisionWords: Record<ModerationDecision | 'reported', string> = {
  hide: '已被隐藏',
  reported: '已被隐藏',
  restore: '已恢复',
  delete: '已被删除',
};

/** What the author recognises their post by: a question's title, the start of an answer. */
const postTitle = (post: Post): string => (post.kind === 'question' ? post.doc.title : [...post.doc.body].slice(0, 16).join(''));

/**
 * An author hears why a post was hidden (by reports or an admin), restored or deleted. Only the
 * caller whose conditional update changed the visibility calls this, so one decision is one message;
 * the key (the post's state before the change) keeps a retried call to that one message, while a
 * later hide of the same post, from a newer state, is a message of its own.
 */
export const tellAuthorOfModeration = async (post: Post, decision: ModerationDecision | 'reported', reason: string): Promise<void> => {
  await notifyAfterCommit(
    post.doc.authorOpenid,
    'qaModerated',
    { post: postTitle(post), decision: decisionWords[decision], reason: reason || '团委审核' },
    { key: `${post.doc._id}:${decision}:${new Date(post.doc.updatedAt).getTime()}` },
  );
};
