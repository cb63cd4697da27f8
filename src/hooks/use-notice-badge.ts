import Taro from '@tarojs/taro';
import { noticeUnreadCount } from '@/services/notices';

/** 首页 is the first tab (app.config.ts); its badge counts unread 团委通知. */
const HOME_TAB_INDEX = 0;

/** Puts the count on the 首页 tab (首页 shows it from its own load; notice pages after reading), or clears it at zero. Fails silently: the badge is a hint. */
export function showNoticesOnTab(unread: number): void {
  const shown =
    unread > 0
      ? Taro.setTabBarBadge({ index: HOME_TAB_INDEX, text: unread > 99 ? '99+' : String(unread) })
      : Taro.removeTabBarBadge({ index: HOME_TAB_INDEX });
  void Promise.resolve(shown).catch(() => undefined);
}

/** Asks the server for the unread notices and shows the number on the tab; null when it could not be read. */
export async function syncNoticeBadge(): Promise<number | null> {
  const reply = await noticeUnreadCount();
  if (!reply.ok || typeof reply.data?.count !== 'number') return null;
  showNoticesOnTab(reply.data.count);
  return reply.data.count;
}
