import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../../_lib/action-error';
import type { ActionInvocation } from '../../_lib/define-function';
import { createFanout } from '../fanout.repository';
import { loadManagedNotice } from '../manage-access';
import { claimReminder } from '../notice.repository';
import { unreadCountOf } from '../receipt-tally';

const REMIND_INTERVAL_MS = 60 * 60 * 1000;

/**
 * At most once an hour, settled in the database: only the update that still sees the old
 * `lastRemindedAt` wins. The reminder is a batch job like the publish push, reaching only audience
 * members without a receipt when their batch runs. It answers how many that is (the app asks
 * with the same figure first); with nobody unread there is nothing to send and no hour is spent.
 */
export const remindUnread = async ({ params, caller }: ActionInvocation<typeof noticesContract.remindUnread>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  if (notice.status !== 'published') throw new ActionError('NOTICE_STATE', '只有已发布的通知可以提醒');
  const reminding = await unreadCountOf(notice);
  if (reminding === 0) throw new ActionError('NOTHING_TO_REMIND');
  const now = new Date();
  const won = await claimReminder(notice._id, now, REMIND_INTERVAL_MS);
  if (!won) throw new ActionError('REMIND_TOO_SOON');
  const jobId = `${notice._id}:remind:${now.getTime()}`;
  await createFanout(jobId, notice._id, 'remind', now);
  return { jobId, reminding };
};
