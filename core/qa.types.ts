/** DTOs of the Q&A feed as the app sees them. Dates are ISO strings. */

/** `hidden`: pending review (three reports) or hidden by an admin; `deleted` never leaves the server. */
export type PostVisibility = 'visible' | 'hidden' | 'deleted';

/** `none`: no visible answer yet; `answered`: at least one; `accepted`: the asker accepted one. */
export type AnswerState = 'none' | 'answered' | 'accepted';

export const FEED_FILTERS = ['latest', 'unanswered', 'solved', 'tag', 'mine'] as const;

/** A team badge on an answer: the author served on a team (as volunteer or leader) when answering. */
export type AnswerBadge = 'volunteer' | 'leader' | null;

export interface QuestionSummary {
  questionId: string;
  title: string;
  /** The first lines of the body, for the feed card. */
  excerpt: string;
  tags: string[];
  /** File IDs; the app asks `files.tempUrl` for URLs. */
  photos: string[];
  authorName: string;
  answerCount: number;
  answerState: AnswerState;
  /** `visible` for everyone; `hidden` only reaches its author and admins. */
  visibility: Exclude<PostVisibility, 'deleted'>;
  createdAt: string;
}

/** Why a post is hidden, shown to its author and admins only (null while visible). */
export interface ModerationNote {
  hiddenBy: 'reports' | 'admin';
  /** The admin's reason; null while hidden by reports pending review. */
  reason: string | null;
}

export interface QuestionView extends QuestionSummary {
  body: string;
  acceptedAnswerId: string | null;
  isMine: boolean;
  /** Until when the author may still edit; null once the window has passed or for others. */
  editableUntil: string | null;
  moderation: ModerationNote | null;
  updatedAt: string;
}

export interface AnswerView {
  answerId: string;
  questionId: string;
  body: string;
  photos: string[];
  authorName: string;
  badge: AnswerBadge;
  accepted: boolean;
  isMine: boolean;
  visibility: Exclude<PostVisibility, 'deleted'>;
  editableUntil: string | null;
  moderation: ModerationNote | null;
  createdAt: string;
  updatedAt: string;
}

/** The detail page: the accepted answer first, then the others oldest first. */
export interface QuestionDetail {
  question: QuestionView;
  answers: AnswerView[];
}

/** One hidden post in the admins' review queue. */
export interface ReviewItem {
  kind: 'question' | 'answer';
  targetId: string;
  questionId: string;
  /** The question's title, for an answer the title of the question it answers. */
  title: string;
  body: string;
  authorName: string;
  reportCount: number;
  hiddenBy: 'reports' | 'admin';
  /** The reasons reporters gave (most recent first, at most five). */
  reportReasons: string[];
  hiddenAt: string;
}

export type ModerationDecision = 'hide' | 'restore' | 'delete';
