import Taro from '@tarojs/taro';
import { ELDER_MODE_STORAGE_KEY, FONT_SCALE_STORAGE_KEY, effectiveFontScale } from './font-scale-setting';

/** The user's font size: WeChat's own setting in the mini-program, the stored one on H5. */
function systemFontScale(): unknown {
  if (process.env.TARO_ENV === 'weapp') return (Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number }).fontSizeScaleFactor;
  return Number(Taro.getStorageSync(FONT_SCALE_STORAGE_KEY)) || 1;
}

export const isElderMode = (): boolean => Taro.getStorageSync(ELDER_MODE_STORAGE_KEY) === true;

/** The factor every `--sf-font-*` size is multiplied by. */
export const currentFontScale = (): number => effectiveFontScale(systemFontScale(), isElderMode());

/**
 * H5: sets the factor and 长辈模式's larger touch areas on the document, so every page follows.
 * (WeChat sets no variable on a page from script; wiring its factor into page roots is still to do.)
 */
export function applyFontScale(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  const root = document.documentElement;
  root.style.setProperty('--sf-font-scale', String(currentFontScale()));
  root.classList.toggle('sf-elder', isElderMode());
}

/** 我的 → 长辈模式: kept across launches, applied at once. */
export function setElderMode(on: boolean): void {
  Taro.setStorageSync(ELDER_MODE_STORAGE_KEY, on);
  applyFontScale();
}
