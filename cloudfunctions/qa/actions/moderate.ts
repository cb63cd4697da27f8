import type { QaContract } from '@core/qa.contract';
import type { ModerationDecision, PostVisibility } from '@core/qa.types';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findPost } from '../post-lookup';
import { changeVisibility, type VisibilityChange } from '../post-visibility';
import { tellAuthorOfModeration } from '../qa-notices';

const rules: Record<ModerationDecision, { from: PostVisibility[]; change: (reason: string) => VisibilityChange }> = {
  hide: { from: ['visible'], change: (reason) => ({ to: 'hidden', hiddenBy: 'admin', reason }) },
  restore: { from: ['hidden'], change: () => ({ to: 'visible' }) },
  delete: { from: ['visible', 'hidden'], change: (reason) => ({ to: 'deleted', reason }) },
};

/**
 * Admins only (guard). A decision that finds the post already in the wanted state answers it
 * without telling the author twice; one that finds it deleted is NOT_FOUND.
 */
export const moderate = async ({ params }: ActionInvocation<QaContract['moderate']>) => {
  const post = await findPost(params.targetId);
  if (!post || post.doc.visibility === 'deleted') throw new ActionError('NOT_FOUND');
  const rule = rules[params.decision];
  const changed = await changeVisibility(post, rule.from, rule.change(params.reason));
  if (changed) await tellAuthorOfModeration(post, params.decision, params.reason);
  const after = await findPost(params.targetId);
  const visibility = after?.doc.visibility ?? 'deleted';
  if (!changed && visibility !== rule.change(params.reason).to) throw new ActionError('CONFLICT');
  return { targetId: params.targetId, visibility };
};
