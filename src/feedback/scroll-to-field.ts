import Taro from '@tarojs/taro';
import { fieldAnchorId } from '@/hooks/field-errors';

/**
 * Brings a form field (its `FormField` row) into view, e.g. the first error after submit. WeChat
 * scrolls the page with `pageScrollTo({ selector })`; on H5 Taro's version measures `offsetTop`
 * against the nearest positioned card, not the page, so the element scrolls itself, centred so the
 * navigation bar does not cover it.
 */
export function scrollToField(name: string): void {
  const selector = `#${fieldAnchorId(name)}`;
  if (process.env.TARO_ENV === 'h5') {
    // After React has drawn the error, so the row is measured with it.
    setTimeout(() => document.querySelector(selector)?.scrollIntoView({ block: 'center', behavior: 'smooth' }), 0);
    return;
  }
  void Taro.nextTick(() => Taro.pageScrollTo({ selector, offsetTop: -120, duration: 300 }).catch(() => undefined));
}
