import { notify } from '../../_lib/notify/notify';
import type { TimerJob } from '../../_lib/define-function';
import { pageAudienceMembers, audienceFilter, type AudienceMember } from '../../_lib/user.repository';
import { claimFanout, commitFanoutBatch, findClaimableFanout, finishFanout, type FanoutDocument } from '../fanout.repository';
import { findNotice, type NoticeDocument } from '../notice.repository';
import { findReceipts, receiptIdOf } from '../receipt.repository';
import { loadOrgTree } from '../../_lib/org-tree';
import { envNumber } from '../../_lib/env-setting';

/** Recipients per tick; with 4–5 round trips per notify this stays well inside the 10 s timeout. */
export const batchSize = () => envNumber('STARFIRE_NOTICE_BATCH', 100);
/** How long a tick owns a batch; a host killed mid-batch is resumed by a tick after this. */
const leaseMs = () => envNumber('STARFIRE_NOTICE_LEASE_SECONDS', 60) * 1000;
/** A job whose notice never appeared (the publish failed after creating it) is closed after this. */
const ORPHAN_MS = 60_000;
const PARALLEL = 10;

const notifyKeyOf = (job: FanoutDocument) => (job.kind === 'publish' ? job.noticeId : job._id);

const sendBatch = async (job: FanoutDocument, notice: NoticeDocument, members: AudienceMember[]) => {
  let sent = 0;
  const failures: FanoutDocument['failures'] = [];
  const title = job.kind === 'remind' ? `【提醒】${notice.title}` : notice.title;
  for (let i = 0; i < members.length; i += PARALLEL) {
    await Promise.all(
      members.slice(i, i + PARALLEL).map(async (member) => {
        try {
          // Keyed per recipient (`${noticeId}:${openid}` for the publish): a batch redone after a
          // crash finds the message and the send record and never pushes again.
          const result = await notify(
            member._id,
            'noticePublished',
            { title, publisher: notice.authorName, noticeId: notice._id },
            { key: `${notifyKeyOf(job)}:${member._id}` },
          );
          if (result.created) sent += 1;
          if (result.push === 'failed' || result.push === 'unknown') failures.push({ openid: member._id, outcome: result.push });
        } catch (error) {
          failures.push({ openid: member._id, outcome: `error: ${String((error as Error)?.message ?? error).slice(0, 80)}` });
        }
      }),
    );
  }
  return { sent, failures };
};

/** One batch of the oldest pending push job per tick; every step is safe to repeat. */
export const runFanoutBatch = async (now = new Date()): Promise<{ jobId: string | null; processed: number; done: boolean }> => {
  const job = await findClaimableFanout(now);
  if (!job || !(await claimFanout(job, new Date(now.getTime() + leaseMs())))) return { jobId: null, processed: 0, done: false };

  const notice = await findNotice(job.noticeId);
  if (!notice) {
    if (now.getTime() - job.createdAt.getTime() > ORPHAN_MS) await finishFanout(job._id, now);
    else await commitFanoutBatch(job, { cursor: job.cursor, processed: 0, sent: 0, failures: [], done: false, now });
    return { jobId: job._id, processed: 0, done: false };
  }
  // A recalled notice stops pushing; a scheduled one waits for its publish (the job is made first).
  if (notice.status === 'recalled' || notice.status === 'draft') {
    await finishFanout(job._id, now);
    return { jobId: job._id, processed: 0, done: true };
  }
  if (notice.status === 'scheduled') {
    await commitFanoutBatch(job, { cursor: job.cursor, processed: 0, sent: 0, failures: [], done: false, now });
    return { jobId: job._id, processed: 0, done: false };
  }

  const size = batchSize();
  const members = await pageAudienceMembers(audienceFilter(notice.audience, await loadOrgTree(), notice.audienceKeys), job.cursor, size);
  let recipients = members;
  if (job.kind === 'remind') {
    const read = await findReceipts(members.map((member) => receiptIdOf(notice._id, member._id)));
    recipients = members.filter((member) => !read.has(receiptIdOf(notice._id, member._id)));
  }
  const { sent, failures } = await sendBatch(job, notice, recipients);
  const done = members.length < size;
  await commitFanoutBatch(job, {
    cursor: members.length > 0 ? members[members.length - 1]._id : job.cursor,
    processed: recipients.length,
    sent,
    failures,
    done,
    now,
  });
  return { jobId: job._id, processed: recipients.length, done };
};

export const fanout: TimerJob = async (tick) => runFanoutBatch(tick.time);
