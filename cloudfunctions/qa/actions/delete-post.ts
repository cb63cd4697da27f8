import type { QaContract } from '@core/qa.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { findPost } from '../post-lookup';
import { changeVisibility } from '../post-visibility';

/** The author removes their own post (the guard checked ownership); deleting twice is harmless. */
export const deletePost = async ({ params }: ActionInvocation<QaContract['deletePost']>) => {
  const post = await findPost(params.targetId);
  if (!post) throw new ActionError('NOT_FOUND');
  await changeVisibility(post, ['visible', 'hidden'], { to: 'deleted', reason: null });
  return { deleted: true as const };
};
