import { toastMessage } from '@/feedback/toast';

const isChunkLoadFailure = (reason: unknown) => {
  const error = reason as { name?: string; message?: string } | null | undefined;
  return error?.name === 'ChunkLoadError' || /Loading (CSS )?chunk/.test(error?.message ?? '');
};

/**
 * H5 only: a page whose code has not been fetched yet cannot open offline, and the router then does
 * nothing at all. Say so instead, so a tap on a tab or a link is never met with silence.
 */
export function installOfflinePageNotice(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  const notice = (event: PromiseRejectionEvent | ErrorEvent) => {
    if (!isChunkLoadFailure('reason' in event ? event.reason : event.error)) return;
    event.preventDefault();
    void toastMessage(navigator.onLine ? '页面加载失败，请稍后重试' : '网络已断开，联网后再打开这个页面');
  };
  window.addEventListener('unhandledrejection', notice);
  window.addEventListener('error', notice);
}
