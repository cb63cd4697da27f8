import type { QaContract } from '@core/qa.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { addAnswerReport } from '../answer.repository';
import { findPost, maySee, type Post } from '../post-lookup';
import { changeVisibility } from '../post-visibility';
import { tellAuthorOfModeration } from '../qa-notices';
import { addReport } from '../question.repository';
import { recordReport } from '../report.repository';

/** Three distinct members' reports hide a post until an admin reviews it. */
export const REPORTS_TO_HIDE = 3;

const countReport = (post: Post) => (post.kind === 'question' ? addReport(post.doc._id) : addAnswerReport(post.doc._id));

export const report = async ({ params, caller }: ActionInvocation<QaContract['report']>) => {
  const post = await findPost(params.targetId);
  const isAdmin = (await caller.roles()).includes('admin');
  if (!post || !maySee(post, caller.openid, isAdmin)) throw new ActionError('NOT_FOUND');
  // The report's _id settles "one per member": a repeat loses the insert and counts nothing.
  const reported = await recordReport(post.doc._id, caller.openid, params.reason);
  if (!reported) return { reported: false, hidden: post.doc.visibility === 'hidden' };
  await countReport(post);
  const counted = await findPost(post.doc._id);
  if (!counted) throw new ActionError('NOT_FOUND');
  if (counted.doc.visibility === 'visible' && counted.doc.reportCount >= REPORTS_TO_HIDE) {
    // Conditional on still being visible: of concurrent third and fourth reports only one hides it.
    const hidden = await changeVisibility(counted, ['visible'], { to: 'hidden', hiddenBy: 'reports', reason: null });
    if (hidden) await tellAuthorOfModeration(counted, 'reported', '多名成员举报，内容已暂时隐藏，等待团委审核');
  }
  const after = await findPost(post.doc._id);
  return { reported: true, hidden: after?.doc.visibility === 'hidden' };
};
