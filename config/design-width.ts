import type { Input } from 'postcss';

/**
 * NutUI's styles are written for a 375 px design, ours for 750 px;
 * pxtransform must scale each by its own width or NutUI renders at half size.
 */
export function designWidth(input?: string | number | Input): number {
  if (typeof input === 'object' && input?.file?.replace(/\\+/g, '/').includes('@nutui/')) return 375;
  return 750;
}
