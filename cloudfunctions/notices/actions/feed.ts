import type { noticesContract } from '@core/notices.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { pageFeed } from '../notice.repository';
import { loadMemberAudience } from '../member-audience';
import { findReceipts, receiptIdOf } from '../receipt.repository';
import { toSummary } from '../notice.view';

export const feed = async ({ params, caller }: ActionInvocation<typeof noticesContract.feed>) => {
  const member = await loadMemberAudience(caller);
  if (member.keys.length === 0) return { items: [], nextCursor: null };
  const page = await pageFeed(member.keys, member.since, params.cursor, params.limit);
  const mine = await findReceipts(page.items.map((notice) => receiptIdOf(notice._id, caller.openid)));
  return {
    items: page.items.map((notice) => toSummary(notice, mine.get(receiptIdOf(notice._id, caller.openid)))),
    nextCursor: page.nextCursor,
  };
};
