import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';

/**
 * Calls `reload` each time the page shows again (back from a page that changed its data),
 * but not on the first show: the page's own loader already fetched then.
 */
export function useReloadOnReturn(reload: () => Promise<unknown> | void): void {
  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current) void reload();
    shownBefore.current = true;
  });
}
