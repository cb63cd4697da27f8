import { editableUntil, isEditable } from '@core/qa-edit-window';
import type { AnswerView, ModerationNote, QuestionSummary, QuestionView } from '@core/qa.types';
import type { AnswerDocument } from './answer.repository';
import type { QuestionDocument } from './question.repository';

const EXCERPT_LENGTH = 80;

const iso = (date: Date) => new Date(date).toISOString();

/** Deleted posts are filtered before any view; anything not visible shows as hidden. */
const shownVisibility = (visibility: string) => (visibility === 'visible' ? 'visible' : 'hidden');

export const toQuestionSummary = (question: QuestionDocument): QuestionSummary => ({
  questionId: question._id,
  title: question.title,
  excerpt: Array.from(question.body.replace(/\s+/g, ' ')).slice(0, EXCERPT_LENGTH).join(''),
  tags: question.tags,
  photos: question.photos,
  authorName: question.authorName,
  answerCount: Math.max(0, question.answerCount),
  answerState: question.answerState,
  visibility: shownVisibility(question.visibility),
  createdAt: iso(question.createdAt),
});

/** Only a hidden post carries a note; the views are built for viewers allowed to see it. */
const moderationOf = (post: {
  visibility: string;
  hiddenBy: 'reports' | 'admin' | null;
  moderationReason: string | null;
}): ModerationNote | null => (post.visibility === 'hidden' ? { hiddenBy: post.hiddenBy ?? 'admin', reason: post.moderationReason } : null);

const editWindowFor = (authorOpenid: string, createdAt: Date, viewer: string, now: Date): string | null =>
  authorOpenid === viewer && isEditable(new Date(createdAt), now) ? editableUntil(new Date(createdAt)).toISOString() : null;

export const toQuestionView = (question: QuestionDocument, viewer: string, now = new Date()): QuestionView => ({
  ...toQuestionSummary(question),
  body: question.body,
  acceptedAnswerId: question.acceptedAnswerId,
  isMine: question.authorOpenid === viewer,
  editableUntil: editWindowFor(question.authorOpenid, question.createdAt, viewer, now),
  moderation: moderationOf(question),
  updatedAt: iso(question.updatedAt),
});

export const toAnswerView = (answer: AnswerDocument, acceptedAnswerId: string | null, viewer: string, now = new Date()): AnswerView => ({
  answerId: answer._id,
  questionId: answer.questionId,
  body: answer.body,
  photos: answer.photos,
  authorName: answer.authorName,
  badge: answer.badge,
  accepted: answer._id === acceptedAnswerId,
  isMine: answer.authorOpenid === viewer,
  visibility: shownVisibility(answer.visibility),
  editableUntil: editWindowFor(answer.authorOpenid, answer.createdAt, viewer, now),
  moderation: moderationOf(answer),
  createdAt: iso(answer.createdAt),
  updatedAt: iso(answer.updatedAt),
});
