import Taro from '@tarojs/taro';

/** A short success toast, e.g. 已通过. */
export const toastSuccess = (title: string) => Taro.showToast({ title, icon: 'success' });

/** An envelope's Chinese message; icon 'none' because WeChat's icon toasts cut text at 7 characters. */
export const toastMessage = (title: string) => Taro.showToast({ title, icon: 'none', duration: 2500 });

/** Taro's H5 router announces each arrival here, then hides any toast shown on the page left. */
const ROUTE_CHANGED = '__afterTaroRouterChange';

/** Resolves once the H5 router has arrived at the next page (or after `ms`, whatever happens). */
function nextArrival(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      Taro.eventCenter.off(ROUTE_CHANGED, finish);
      // After the router's own listener, which hides the toasts of the page left.
      setTimeout(resolve, 0);
    }
    Taro.eventCenter.on(ROUTE_CHANGED, finish);
  });
}

/**
 * Success, then leave the form (`redirectTo`, `navigateBack`): the toast shows on the page arrived
 * at. Taro's H5 hides a toast when the route changes, so one shown before leaving was never seen;
 * WeChat keeps it across pages.
 */
export async function toastSuccessAfter(title: string, leave: () => Promise<unknown>): Promise<void> {
  // WeChat's success icon cuts its text at 7 characters: a longer summary goes without it.
  const show = () => void (title.length > 7 ? toastMessage(title) : toastSuccess(title));
  if (process.env.TARO_ENV !== 'h5') {
    show();
    await leave().catch(() => undefined);
    return;
  }
  const arrived = nextArrival(5000);
  await leave().catch(() => undefined);
  await arrived;
  show();
}
