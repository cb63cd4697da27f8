import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../_lib/define-function';
import { decodeCursor, encodeCursor } from './feed-cursor';
import { countAddressed, pageFeed } from './feed.repository';
import { loadMemberAudience } from './member-audience';
import { countMyReceipts, findReceipts, receiptIdOf } from './receipt.repository';
import { toSummary } from './notice.view';

export const feed = async ({ params, caller }: ActionInvocation<typeof noticesContract.feed>) => {
  const member = await loadMemberAudience(caller.openid);
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

/**
 * Badge = live notices addressed to me since I joined − my live receipts in the same window: two
 * indexed counts, whatever the number of notices or members. Clamped, because a member who moved
 * class keeps receipts of notices no longer addressed to them.
 */
export const unreadCount = async ({ caller }: ActionInvocation<typeof noticesContract.unreadCount>) => {
  const member = await loadMemberAudience(caller.openid);
  if (member.keys.length === 0) return { count: 0 };
  const [addressed, read] = await Promise.all([countAddressed(member.keys, member.since), countMyReceipts(caller.openid, member.since)]);
  return { count: Math.max(0, addressed - read) };
};
