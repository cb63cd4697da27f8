import type { TimerJob } from '../../_lib/define-function';
import { createFanout } from '../fanout.repository';
import { findDueNotices, publishScheduledNotice } from '../notice.repository';

/**
 * Publishes scheduled notices whose time has come. The push job is ensured first (idempotent),
 * then `scheduled → published` is one conditional update: of two overlapping ticks exactly one
 * flips each notice, and a crash between the two steps is finished by the next tick.
 */
export const runPublishDue = async (now = new Date()): Promise<{ published: string[] }> => {
  const due = await findDueNotices(now, 50);
  const published: string[] = [];
  for (const notice of due) {
    await createFanout(notice._id, notice._id, 'publish', now);
    if (await publishScheduledNotice(notice._id, now)) {
      published.push(notice._id);
    }
  }
  return { published };
};

export const publishDue: TimerJob = async (tick) => runPublishDue(tick.time);
