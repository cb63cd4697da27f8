import Taro from '@tarojs/taro';
import { brandColor } from '@/styles/colors';

export interface ConfirmOptions {
  title: string;
  content: string;
  /** The verb on the confirm button, e.g. 解除绑定 (WeChat allows at most 4 characters). */
  confirmText: string;
}

/**
 * The native confirmation before a destructive action: WeChat's own modal (Taro draws the
 * same on H5), brand red on the button that destroys. Resolves false on cancel or failure.
 */
export async function confirmDestructive({ title, content, confirmText }: ConfirmOptions): Promise<boolean> {
  try {
    const result = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: brandColor });
    return result.confirm;
  } catch {
    return false;
  }
}

/** A one-button explanation (e.g. why a unit cannot be removed): longer than a toast can hold. */
export async function explain(title: string, content: string): Promise<void> {
  try {
    await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了', confirmColor: brandColor });
  } catch {
    // Nothing to do: the modal could not be shown, and the action already failed.
  }
}
