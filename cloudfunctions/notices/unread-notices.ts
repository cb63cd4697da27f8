import { countAddressed } from './notice.repository';
import { countMyReceipts } from './receipt.repository';

/** Whose badge is counted: the member's audience keys and join time (member-audience.ts). */
export interface NoticeWindow {
  keys: string[];
  since: Date;
}

/**
 * Unread = live notices addressed to me since I joined − my live receipts in the same window: two
 * indexed counts in parallel. Clamped, because a member who moved class keeps receipts of notices
 * no longer addressed to them. Shared by `notices.unreadCount` and 首页 (`users.home`).
 */
export const countUnreadNotices = async (openid: string, window: NoticeWindow): Promise<number> => {
  if (window.keys.length === 0) return 0;
  const [addressed, read] = await Promise.all([countAddressed(window.keys, window.since), countMyReceipts(openid, window.since)]);
  return Math.max(0, addressed - read);
};
