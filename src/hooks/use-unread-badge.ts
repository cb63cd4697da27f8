import { useCallback, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { unreadMessageCount } from '@/services/messages';

/** 我的 is the fifth tab (app.config.ts); its badge counts unread messages. */
const ME_TAB_INDEX = 4;

/** Puts the count on the 我的 tab, or clears it at zero. Fails silently: the badge is a hint. */
export function showUnreadOnTab(unread: number): void {
  const shown =
    unread > 0
      ? Taro.setTabBarBadge({ index: ME_TAB_INDEX, text: unread > 99 ? '99+' : String(unread) })
      : Taro.removeTabBarBadge({ index: ME_TAB_INDEX });
  void Promise.resolve(shown).catch(() => undefined);
}

/** Asks the server for the unread count and shows it on the tab; null when it could not be read. */
export async function syncUnreadBadge(): Promise<number | null> {
  const reply = await unreadMessageCount();
  if (!reply.ok || typeof reply.data?.unread !== 'number') return null;
  showUnreadOnTab(reply.data.unread);
  return reply.data.unread;
}

/** The unread count for a page's 消息 entry, re-read every time the page shows. */
export function useUnreadBadge() {
  const [unread, setUnread] = useState<number | null>(null);
  const refresh = useCallback(async () => {
    const count = await syncUnreadBadge();
    if (count !== null) setUnread(count);
  }, []);
  useDidShow(() => void refresh());
  return { unread, refresh };
}
