import Taro from '@tarojs/taro';
import { ELDER_MODE_STORAGE_KEY, FONT_SCALE_STORAGE_KEY, effectiveFontScale } from './font-scale-setting';

type ScaleInfo = { fontSizeScaleFactor?: number };
/** Taro.eventCenter event: the factor changed (长辈模式 switched); page roots re-read it. */
export const FONT_SCALE_CHANGED = 'sf:font-scale-changed';

/**
 * The user's font size: WeChat's own setting in the mini-program (getAppBaseInfo, or
 * getSystemInfoSync where it is missing or has no factor), the stored one on H5.
 */
function systemFontScale(): unknown {
  if (process.env.TARO_ENV === 'weapp') {
    const base = (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : {}) as ScaleInfo;
    return base.fontSizeScaleFactor ?? (Taro.getSystemInfoSync() as ScaleInfo).fontSizeScaleFactor;
  }
  return Number(Taro.getStorageSync(FONT_SCALE_STORAGE_KEY)) || 1;
}

export const isElderMode = (): boolean => Taro.getStorageSync(ELDER_MODE_STORAGE_KEY) === true;

/** The factor every `--sf-font-*` size is multiplied by. */
export const currentFontScale = (): number => effectiveFontScale(systemFontScale(), isElderMode());

/**
 * H5: sets the factor and 长辈模式's larger touch areas on the document, so every page follows.
 * WeChat sets no variable on a page from script: there every page root does (page-font-scale.tsx).
 */
export function applyFontScale(): void {
  Taro.eventCenter.trigger(FONT_SCALE_CHANGED);
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
