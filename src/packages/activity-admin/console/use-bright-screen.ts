import { useEffect } from 'react';
import Taro from '@tarojs/taro';

const ignore = () => undefined;

/**
 * While the QR is shown in WeChat: full brightness (a dim phone in sunlight is the usual reason a
 * scan fails) and no auto-lock; the organiser's own brightness comes back on leaving the tab or
 * the page. H5 has neither API, so the page only shows the hint.
 */
export function useBrightScreen(active: boolean): void {
  useEffect(() => {
    if (!active || process.env.TARO_ENV !== 'weapp') return;
    let cancelled = false;
    let previous: number | null = null;
    Taro.getScreenBrightness()
      .then((current) => {
        if (cancelled) return;
        previous = current.value;
        return Taro.setScreenBrightness({ value: 1 });
      })
      .catch(ignore);
    Taro.setKeepScreenOn({ keepScreenOn: true }).catch(ignore);
    return () => {
      cancelled = true;
      if (previous !== null) Taro.setScreenBrightness({ value: previous }).catch(ignore);
      Taro.setKeepScreenOn({ keepScreenOn: false }).catch(ignore);
    };
  }, [active]);
}
