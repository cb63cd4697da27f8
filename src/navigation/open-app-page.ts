import Taro from '@tarojs/taro';

/** The tab bar's pages (app.config.ts): WeChat opens these only with switchTab. */
const TAB_PAGES = new Set(['pages/index/index', 'pages/services/index', 'pages/activities/index', 'pages/qa/index', 'pages/me/index']);

/**
 * Opens a page named the way notifications name it (`pages/me/index`, maybe with a query).
 * A tab page drops its query: switchTab cannot carry one.
 */
export function openAppPage(page: string): Promise<unknown> {
  const path = page.replace(/^\/+/, '');
  const [route] = path.split('?');
  const open = TAB_PAGES.has(route) ? Taro.switchTab({ url: `/${route}` }) : Taro.navigateTo({ url: `/${path}` });
  // A page that no longer exists (an old message) must not throw into the list.
  return open.catch(() => undefined);
}
