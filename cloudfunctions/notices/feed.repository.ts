import { noticeIdSchema } from '@core/notice.schema';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';
import { _, notices, type NoticeDocument } from './notice.repository';

const VISIBLE = ['published', 'recalled'];

/** Pinned first, then newest (`pinRank` is 1 or 0). */
const PINNED_THEN_NEWEST = keyset({
  pinRank: key.int('desc', { min: 0, max: 1 }),
  publishedAt: key.date('desc'),
  _id: key.id('desc', noticeIdSchema),
});

/**
 * The member's notices: `audienceKeys $in` the member's keys, since they joined, pinned first then
 * newest (status, audienceKeys, pinRank, publishedAt index). Keyset-paged on the same order.
 */
export const pageFeed = (keys: string[], since: Date, cursor: string | undefined, limit: number) =>
  readKeysetPage<NoticeDocument>(
    notices(),
    PINNED_THEN_NEWEST,
    { status: _.in(VISIBLE), audienceKeys: _.in(keys), publishedAt: _.gte(since) },
    { cursor, limit, projection: { body: false, history: false, attachments: false } },
  );

/** Live notices addressed to the member since they joined: one indexed count. */
export const countAddressed = async (keys: string[], since: Date): Promise<number> => {
  const { total } = await notices()
    .where({ status: 'published', audienceKeys: _.in(keys), publishedAt: _.gte(since) })
    .count();
  return total ?? 0;
};
