import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { checkContent, composeNotice, newNoticeId, requireAudienceAllowed, resolveAudienceKeys } from '../compose-notice';
import { createFanout } from '../fanout.repository';
import { loadMemberAudience } from '../member-audience';
import { findNotice, insertNotice, updateOwnDraft } from '../notice.repository';

/**
 * Stores the notice once with its audience keys (no per-recipient rows) and creates its push job
 * BEFORE the notice goes live: a crash in between leaves a job that waits (or closes as an
 * orphan), never a live notice nobody is told of. A future `publishAt` stores it as scheduled.
 */
export const publish = async ({ params, caller }: ActionInvocation<typeof noticesContract.publish>) => {
  const publisher = await loadMemberAudience(caller);
  await requireAudienceAllowed(params.audience, publisher, caller);
  await checkContent(caller.openid, params.title, params.body, params.attachments);
  const audienceKeys = await resolveAudienceKeys(params.audience);

  const now = new Date();
  const scheduled = params.publishAt !== undefined && Date.parse(params.publishAt) > now.getTime();
  const status: 'scheduled' | 'published' = scheduled ? 'scheduled' : 'published';
  const author = { openid: caller.openid, name: publisher.user?.name ?? '团委' };

  if (params.draftId) {
    const draft = await findNotice(params.draftId);
    if (!draft || draft.authorOpenid !== caller.openid) throw new ActionError('NOT_FOUND');
    const { _id, createdAt, ...fields } = composeNotice(draft._id, params, author, status, now, audienceKeys);
    await createFanout(draft._id, draft._id, 'publish', now);
    if (!(await updateOwnDraft(_id, caller.openid, { ...fields, createdAt }))) {
      throw new ActionError('NOTICE_STATE', '该草稿已发布或已删除');
    }
    return { noticeId: draft._id, status };
  }

  const noticeId = newNoticeId();
  await createFanout(noticeId, noticeId, 'publish', now);
  await insertNotice(composeNotice(noticeId, params, author, status, now, audienceKeys));
  return { noticeId, status };
};
