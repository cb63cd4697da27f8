import Taro from '@tarojs/taro';

/** A short success toast, e.g. 已通过. */
export const toastSuccess = (title: string) => Taro.showToast({ title, icon: 'success' });

/** An envelope's Chinese message; icon 'none' because WeChat's icon toasts cut text at 7 characters. */
export const toastMessage = (title: string) => Taro.showToast({ title, icon: 'none', duration: 2500 });
