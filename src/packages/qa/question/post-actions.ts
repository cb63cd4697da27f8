import type { AnswerView, QuestionView } from '@core/qa.types';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { acceptAnswer, deletePost, editAnswer, editQuestion, moderatePost, reportPost } from '@/services/qa';

/**
 * What a member can do to a post on the detail page. Each resolves true when the page
 * should reload; failures are toasted in the envelope's Chinese.
 */

/** `onConfirmed` marks the answer busy: only once the user has confirmed, not while the dialog is open. */
export async function acceptWithConfirm(question: QuestionView, answer: AnswerView, onConfirmed: () => void): Promise<boolean> {
  const confirmed = await confirmDestructive({
    title: '采纳这个回答？',
    content: `采纳 ${answer.authorName} 的回答后，问题会标记为已解决，这个回答会排在最前面。`,
    confirmText: '采纳',
  });
  if (!confirmed) return false;
  onConfirmed();
  const reply = await acceptAnswer(question.questionId, answer.answerId);
  if (!reply.ok) {
    toastMessage(reply.message);
    return reply.code === 'ANSWER_ALREADY_ACCEPTED';
  }
  toastSuccess('已采纳');
  return true;
}

/** Resolves 'deleted' when the post is gone, so a deleted question can leave its page. */
export async function deleteWithConfirm(targetId: string, kind: '问题' | '回答'): Promise<'deleted' | 'kept'> {
  const confirmed = await confirmDestructive({
    title: `删除这个${kind}？`,
    content: kind === '问题' ? '删除后问题和它的回答都不再显示，且不能恢复。' : '删除后不能恢复。',
    confirmText: '删除',
  });
  if (!confirmed) return 'kept';
  const reply = await deletePost(targetId);
  if (!reply.ok) {
    toastMessage(reply.message);
    return 'kept';
  }
  toastSuccess('已删除');
  return 'deleted';
}

export async function sendReport(targetId: string, reason: string): Promise<boolean> {
  const reply = await reportPost(targetId, reason);
  if (!reply.ok) {
    toastMessage(reply.message);
    return false;
  }
  toastMessage(reply.data.reported ? '已举报，团委会尽快处理，感谢反馈' : '你已举报过这条内容');
  return true;
}

/** A correction of the text within the edit window; title, tags and photos stay. */
export async function sendEdit(post: QuestionView | AnswerView, body: string): Promise<boolean> {
  const reply =
    'answerId' in post
      ? await editAnswer({ answerId: post.answerId, body, photos: post.photos })
      : await editQuestion({ questionId: post.questionId, title: post.title, body, tags: post.tags, photos: post.photos });
  if (!reply.ok) {
    toastMessage(reply.message);
    return false;
  }
  toastSuccess('已修改');
  return true;
}

/** Admin: hide a visible post; its author is told the reason. */
export async function sendHide(targetId: string, reason: string): Promise<boolean> {
  const reply = await moderatePost({ targetId, decision: 'hide', reason });
  if (!reply.ok) {
    toastMessage(reply.message);
    return false;
  }
  toastSuccess('已隐藏');
  return true;
}
