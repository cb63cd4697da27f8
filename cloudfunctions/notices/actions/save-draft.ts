import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { checkContent, composeNotice, newNoticeId, requireAudienceAllowed } from '../compose-notice';
import { audienceKeysOf } from '@core/notice-audience';
import { loadMemberAudience } from '../member-audience';
import { insertNotice, updateOwnDraft } from '../notice.repository';

/** Drafts skip the audience reach check until publish, but not the leader's limit or the content checks. */
export const saveDraft = async ({ params, caller }: ActionInvocation<typeof noticesContract.saveDraft>) => {
  const publisher = await loadMemberAudience(caller);
  await requireAudienceAllowed(params.audience, publisher, caller);
  await checkContent(caller.openid, params.title, params.body, params.attachments);
  const now = new Date();
  const author = { openid: caller.openid, name: publisher.user?.name ?? '团委' };
  // A draft reaches nobody: its participants are resolved when it is published.
  const audienceKeys = audienceKeysOf(params.audience);
  if (!params.noticeId) {
    const noticeId = newNoticeId();
    await insertNotice(composeNotice(noticeId, params, author, 'draft', now, audienceKeys));
    return { noticeId };
  }
  const { _id, createdAt: _createdAt, ...fields } = composeNotice(params.noticeId, params, author, 'draft', now, audienceKeys);
  if (!(await updateOwnDraft(_id, caller.openid, fields))) {
    throw new ActionError('NOT_FOUND', '草稿不存在或已发布');
  }
  return { noticeId: _id };
};
