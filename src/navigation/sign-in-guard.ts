import Taro, { useDidShow } from '@tarojs/taro';
import { hasSession, onSessionExpired } from '@/services/session';
import { routes } from './routes';

let redirecting = false;

function openSignIn(): void {
  // Several calls can fail together when a token expires; open the page once.
  if (redirecting) return;
  const pages = Taro.getCurrentPages();
  const current = pages[pages.length - 1]?.route ?? '';
  if (current !== '' && routes.signIn.includes(current.replace(/^\//, ''))) return;
  redirecting = true;
  // A shared link opened signed out comes back to the same page after 选择身份.
  const page = pages[pages.length - 1] as { route?: string; options?: Record<string, string> } | undefined;
  const query = Object.entries(page?.options ?? {})
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  const next = current ? `/${current.replace(/^\//, '')}${query ? `?${query}` : ''}` : '';
  Taro.navigateTo({ url: next ? `${routes.signIn}?next=${encodeURIComponent(next)}` : routes.signIn }).finally(() => {
    redirecting = false;
  });
}

/**
 * Where 选择身份 goes after signing in: the feature page that sent there (what a shared link opens),
 * else 我的 — also from a tab page, where a fresh browser lands and 我的 shows who one now is.
 */
export function pageAfterSignIn(next: string | undefined): string {
  const target = decodeURIComponent(next ?? '');
  return /^\/packages\/[\w/-]+(\?[^#]*)?$/.test(target) && !target.startsWith(routes.signIn) ? target : routes.me;
}

/** H5 only: when the host rejects the token, send the user to 选择身份. Call once at launch. */
export function installSessionExpiryRedirect(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  onSessionExpired(openSignIn);
}

/**
 * H5 only: a page that needs a caller opens 选择身份 when there is no dev session.
 * It runs on page show, not at app launch, because navigating before the H5 router
 * has mounted the first page leaves the sign-in page hidden behind it.
 */
export function useSignInRequired(): void {
  useDidShow(() => {
    if (process.env.TARO_ENV === 'h5' && !hasSession()) openSignIn();
  });
}
