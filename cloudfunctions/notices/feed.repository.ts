import { _, notices, type NoticeDocument } from './notice.repository';

/** Where the feed left off: pin rank, publish time (ms) and id of the last row. */
export interface FeedPosition {
  pinRank: number;
  publishedAt: Date;
  id: string;
}

const VISIBLE = ['published', 'recalled'];

/**
 * The member's notices: `audienceKeys $in` the member's keys, since they joined, pinned first then
 * newest (status, audienceKeys, pinRank, publishedAt index). Keyset-paged on the same order.
 */
export const pageFeed = async (keys: string[], since: Date, after: FeedPosition | null, limit: number): Promise<NoticeDocument[]> => {
  const base = { status: _.in(VISIBLE), audienceKeys: _.in(keys), publishedAt: _.gte(since) };
  const condition = after
    ? _.and([
        base,
        _.or([
          { pinRank: _.lt(after.pinRank) },
          { pinRank: after.pinRank, publishedAt: _.lt(after.publishedAt) },
          { pinRank: after.pinRank, publishedAt: after.publishedAt, _id: _.lt(after.id) },
        ]),
      ])
    : base;
  const { data } = await notices()
    .where(condition)
    .orderBy('pinRank', 'desc')
    .orderBy('publishedAt', 'desc')
    .orderBy('_id', 'desc')
    .field({ body: false, history: false, attachments: false })
    .limit(limit)
    .get();
  return data as NoticeDocument[];
};

/** Live notices addressed to the member since they joined: one indexed count. */
export const countAddressed = async (keys: string[], since: Date): Promise<number> => {
  const { total } = await notices()
    .where({ status: 'published', audienceKeys: _.in(keys), publishedAt: _.gte(since) })
    .count();
  return total ?? 0;
};
