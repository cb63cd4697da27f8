import { useRef } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/**
 * Calls `reload` each time the page shows again after it was hidden (back from a page that
 * changed its data), never on the first show: the component's own loader already fetched then.
 * Keyed on a hide seen since mount, not on counting shows, because a component mounted after an
 * async gate (leader check) may or may not see the page's first show, depending on timing.
 */
export function useReloadOnReturn(reload: () => Promise<unknown> | void): void {
  const hiddenSinceMount = useRef(false);
  useDidHide(() => {
    hiddenSinceMount.current = true;
  });
  useDidShow(() => {
    if (hiddenSinceMount.current) void reload();
  });
}
