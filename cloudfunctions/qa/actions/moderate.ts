import type { QaContract } from '@core/qa.contract';
import type { ModerationDecision, PostVisibility } from '@core/qa.types';
import { ActionError } from '../../_lib/action-error';
import { recordAdminChange } from '../../_lib/admin-audit.repository';
import type { ActionInvocation } from '../../_lib/define-function';
import { findPost, type Post } from '../post-lookup';
import { changeVisibility, type VisibilityChange } from '../post-visibility';
import { tellAuthorOfModeration } from '../qa-notices';

const visibilityLabels: Record<PostVisibility, string> = { visible: '显示', hidden: '已隐藏', deleted: '已删除' };

/** A post as a reader of the trail recognises it: the question's title, or the answer's opening words. */
const postLabel = (post: Post) => (post.kind === 'question' ? post.doc.title : `回答：${post.doc.body.slice(0, 20)}`);

const rules: Record<ModerationDecision, { from: PostVisibility[]; change: (reason: string) => VisibilityChange }> = {
  hide: { from: ['visible'], change: (reason) => ({ to: 'hidden', hiddenBy: 'admin', reason }) },
  restore: { from: ['hidden'], change: () => ({ to: 'visible' }) },
  delete: { from: ['visible', 'hidden'], change: (reason) => ({ to: 'deleted', reason }) },
};

/**
 * Admins only (guard). A decision that finds the post already in the wanted state answers it
 * without telling the author twice; one that finds it deleted is NOT_FOUND.
 */
export const moderate = async ({ params, caller }: ActionInvocation<QaContract['moderate']>) => {
  const post = await findPost(params.targetId);
  if (!post || post.doc.visibility === 'deleted') throw new ActionError('NOT_FOUND');
  const rule = rules[params.decision];
  const changed = await changeVisibility(post, rule.from, rule.change(params.reason));
  const after = await findPost(params.targetId);
  const visibility = after?.doc.visibility ?? 'deleted';
  if (changed) {
    await tellAuthorOfModeration(post, params.decision, params.reason);
    await recordAdminChange({
      kind: 'qa.moderate',
      actor: caller,
      target: { type: 'qaPost', id: params.targetId, label: postLabel(post) },
      before: { visibility: visibilityLabels[post.doc.visibility] },
      after: { visibility: visibilityLabels[visibility] },
      reason: params.reason,
    });
  }
  if (!changed && visibility !== rule.change(params.reason).to) throw new ActionError('CONFLICT');
  return { targetId: params.targetId, visibility };
};
