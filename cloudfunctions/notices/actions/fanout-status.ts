import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { listFanouts } from '../fanout.repository';
import { loadManagedNotice } from '../manage-access';

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
