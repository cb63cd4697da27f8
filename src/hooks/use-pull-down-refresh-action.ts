import Taro, { usePullDownRefresh } from '@tarojs/taro';

/** Wires the page's pull-down gesture to `refresh` and always closes the spinner. */
export function usePullDownRefreshAction(refresh: () => Promise<unknown> | void): void {
  usePullDownRefresh(async () => {
    try {
      await refresh();
    } finally {
      Taro.stopPullDownRefresh();
    }
  });
}
