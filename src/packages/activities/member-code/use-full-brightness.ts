import { useRef } from 'react';
import Taro, { useDidHide, useDidShow, useUnload } from '@tarojs/taro';

/**
 * Full screen brightness while the page is on screen, so an organiser's camera reads the code;
 * the student's own level comes back when they leave. WeChat only: H5 has no such API.
 */
export function useFullBrightness(): void {
  const saved = useRef<number | null>(null);

  useDidShow(() => {
    if (process.env.TARO_ENV !== 'weapp') return;
    void Taro.getScreenBrightness()
      .then(({ value }) => {
        saved.current = value;
        return Taro.setScreenBrightness({ value: 1 });
      })
      .catch(() => undefined);
  });

  const restore = () => {
    if (process.env.TARO_ENV !== 'weapp' || saved.current === null) return;
    void Taro.setScreenBrightness({ value: saved.current }).catch(() => undefined);
    saved.current = null;
  };
  useDidHide(restore);
  useUnload(restore);
}
