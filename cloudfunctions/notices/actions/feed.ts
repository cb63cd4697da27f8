import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { decodeCursor, encodeCursor } from '../feed-cursor';
import { pageFeed } from '../feed.repository';
import { loadMemberAudience } from '../member-audience';
import { findReceipts, receiptIdOf } from '../receipt.repository';
import { toSummary } from '../notice.view';

export const feed = async ({ params, caller }: ActionInvocation<typeof noticesContract.feed>) => {
  const member = await loadMemberAudience(caller);
  if (member.keys.length === 0) return { items: [], nextCursor: null };
  const page = await pageFeed(member.keys, member.since, params.cursor ? decodeCursor(params.cursor) : null, params.limit);
  const mine = await findReceipts(page.map((notice) => receiptIdOf(notice._id, caller.openid)));
  const last = page[page.length - 1];
  return {
    items: page.map((notice) => toSummary(notice, mine.get(receiptIdOf(notice._id, caller.openid)))),
    nextCursor:
      page.length === params.limit && last?.publishedAt
        ? encodeCursor({ pinRank: last.pinRank, publishedAt: new Date(last.publishedAt), id: last._id })
        : null,
  };
};
