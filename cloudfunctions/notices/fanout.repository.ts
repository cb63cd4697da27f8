import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';

/**
 * `notice_fanouts`: one batch job per push (the publish, or one reminder). `cursor` is the last
 * openid handled; a batch is claimed by a short lease and committed by a conditional update on the
 * cursor it started from, so overlapping ticks never both advance it, and a batch redone after a
 * crash sends nothing twice (notify is keyed per recipient).
 */
export interface FanoutDocument {
  _id: string;
  noticeId: string;
  kind: 'publish' | 'remind';
  status: 'running' | 'done';
  cursor: string;
  processed: number;
  sent: number;
  failed: number;
  failures: { openid: string; outcome: string }[];
  leaseUntil: Date;
  createdAt: Date;
  finishedAt: Date | null;
}

const fanouts = () => database.collection('notice_fanouts');
const _ = database.command;

/** Idempotent: a second create of the same job (an overlapping tick, a retried publish) is a no-op. */
export const createFanout = async (jobId: string, noticeId: string, kind: FanoutDocument['kind'], now = new Date()): Promise<void> => {
  try {
    await fanouts().add({
      _id: jobId,
      noticeId,
      kind,
      status: 'running',
      cursor: '',
      processed: 0,
      sent: 0,
      failed: 0,
      failures: [],
      leaseUntil: new Date(0),
      createdAt: now,
      finishedAt: null,
    } satisfies FanoutDocument);
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
};

/** The oldest running job whose lease has lapsed (status, leaseUntil index). */
export const findClaimableFanout = async (now: Date): Promise<FanoutDocument | null> => {
  const { data } = await fanouts()
    .where({ status: 'running', leaseUntil: _.lte(now) })
    .orderBy('leaseUntil', 'asc')
    .limit(1)
    .get();
  return (data[0] as FanoutDocument | undefined) ?? null;
};

export const claimFanout = async (job: FanoutDocument, leaseUntil: Date): Promise<boolean> => {
  const { updated } = await fanouts()
    .where({ _id: job._id, status: 'running', cursor: job.cursor, leaseUntil: job.leaseUntil })
    .update({ leaseUntil });
  return (updated ?? 0) > 0;
};

export const commitFanoutBatch = async (
  job: FanoutDocument,
  batch: { cursor: string; processed: number; sent: number; failures: FanoutDocument['failures']; done: boolean; now: Date },
): Promise<boolean> => {
  const { updated } = await fanouts()
    .where({ _id: job._id, status: 'running', cursor: job.cursor })
    .update({
      cursor: batch.cursor,
      processed: _.inc(batch.processed),
      sent: _.inc(batch.sent),
      failed: _.inc(batch.failures.length),
      // Kept short: the author needs who failed, not an unbounded log in one document.
      ...(batch.failures.length > 0 ? { failures: _.push({ each: batch.failures, slice: -200 }) } : {}),
      leaseUntil: new Date(0),
      ...(batch.done ? { status: 'done', finishedAt: batch.now } : {}),
    });
  return (updated ?? 0) > 0;
};

export const finishFanout = async (jobId: string, now: Date): Promise<void> => {
  await fanouts()
    .where({ _id: jobId, status: 'running' })
    .update({ status: 'done', finishedAt: now, leaseUntil: new Date(0) });
};

export const listFanouts = async (noticeId: string): Promise<FanoutDocument[]> => {
  const { data } = await fanouts().where({ noticeId }).orderBy('createdAt', 'desc').limit(20).get();
  return data as FanoutDocument[];
};
