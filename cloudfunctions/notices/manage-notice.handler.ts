import type { noticesContract } from '@core/notices.contract';
import { ActionError } from '../_lib/action-error';
import type { ActionInvocation } from '../_lib/define-function';
import { checkContent } from './compose-notice';
import { createFanout, listFanouts } from './fanout.repository';
import { loadManagedNotice } from './manage-access';
import { _, updateNoticeWhere } from './notice.repository';
import { retireReceipts } from './receipt.repository';

const REMIND_INTERVAL_MS = 60 * 60 * 1000;

/** Recipients keep the title and see the reason; receipts leave every badge; pending pushes stop. */
export const recall = async ({ params, caller }: ActionInvocation<typeof noticesContract.recall>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  const recalled = await updateNoticeWhere(
    { _id: notice._id, status: _.in(['published', 'scheduled']) },
    { status: 'recalled', recall: { reason: params.reason, at: new Date(), by: caller.openid }, updatedAt: new Date() },
  );
  if (!recalled) throw new ActionError('NOTICE_STATE', '该通知不是已发布状态，不能撤回');
  await retireReceipts(notice._id);
  return { noticeId: notice._id };
};

/** The previous version goes to `history`; the version condition makes concurrent edits one winner. */
export const edit = async ({ params, caller }: ActionInvocation<typeof noticesContract.edit>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  if (notice.status === 'recalled') throw new ActionError('NOTICE_STATE', '已撤回的通知不能修改');
  await checkContent(caller.openid, params.title, params.body, params.attachments);
  const now = new Date();
  const previous = { title: notice.title, body: notice.body, attachments: notice.attachments, editedAt: now, editedBy: caller.openid };
  const saved = await updateNoticeWhere(
    { _id: notice._id, version: notice.version, status: notice.status },
    {
      title: params.title,
      body: params.body,
      attachments: params.attachments,
      version: notice.version + 1,
      history: _.push(previous),
      updatedAt: now,
    },
  );
  if (!saved) throw new ActionError('CONFLICT', '通知刚被他人修改，请刷新后重试');
  return { noticeId: notice._id, version: notice.version + 1 };
};

/**
 * At most once an hour, settled in the database: only the update that still sees the old
 * `lastRemindedAt` wins. The reminder is a batch job like the publish push, reaching only audience
 * members without a receipt when their batch runs.
 */
export const remindUnread = async ({ params, caller }: ActionInvocation<typeof noticesContract.remindUnread>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  if (notice.status !== 'published') throw new ActionError('NOTICE_STATE', '只有已发布的通知可以提醒');
  const now = new Date();
  const won = await updateNoticeWhere(
    { _id: notice._id, status: 'published', lastRemindedAt: _.lt(new Date(now.getTime() - REMIND_INTERVAL_MS)) },
    { lastRemindedAt: now },
  );
  if (!won) throw new ActionError('REMIND_TOO_SOON');
  const jobId = `${notice._id}:remind:${now.getTime()}`;
  await createFanout(jobId, notice._id, 'remind', now);
  return { jobId };
};

export const fanoutStatus = async ({ params, caller }: ActionInvocation<typeof noticesContract.fanoutStatus>) => {
  const notice = await loadManagedNotice(params.noticeId, caller);
  const jobs = await listFanouts(notice._id);
  return {
    jobs: jobs.map((job) => ({
      jobId: job._id,
      kind: job.kind,
      status: job.status,
      processed: job.processed,
      sent: job.sent,
      failed: job.failed,
      failures: job.failures,
      createdAt: new Date(job.createdAt).toISOString(),
      finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
    })),
  };
};
