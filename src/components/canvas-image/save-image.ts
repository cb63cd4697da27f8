import Taro from '@tarojs/taro';
import { explain } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { brandColor } from '@/styles/colors';

/** A file name without the characters a file system refuses. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|]/g, '');

const errMsg = (error: unknown): string => (error as { errMsg?: string })?.errMsg ?? '';

/**
 * weapp: saves the drawn image to the album. Refused once, WeChat does not ask again by itself: the
 * user is told why and may open the settings page to allow it. `noun` names the image (海报, 证明图片).
 */
async function saveToAlbum(filePath: string, noun: string): Promise<void> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath });
    toastSuccess('已保存到相册');
  } catch (error) {
    if (/cancel/i.test(errMsg(error))) return;
    if (!/auth|deny|denied/i.test(errMsg(error))) {
      await explain('保存未成功', `${noun}未能保存到相册，请稍后重试。`);
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '需要相册权限',
      content: `保存${noun}需要允许“保存到相册”。请在设置中开启“添加到相册”后再保存。`,
      confirmText: '去设置',
      cancelText: '取消',
      confirmColor: brandColor,
    }).catch(() => ({ confirm: false }));
    if (!confirm) return;
    const { authSetting } = await Taro.openSetting();
    if (authSetting['scope.writePhotosAlbum']) await saveToAlbum(filePath, noun);
  }
}

/** H5: downloads the image as a PNG through an anchor with a download name. */
function download(dataUrl: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = dataUrl;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/** 保存到相册 in WeChat, a PNG download named `fileName` on H5. */
export const saveImage = (src: string, options: { noun: string; fileName: string }): Promise<void> =>
  process.env.TARO_ENV === 'weapp' ? saveToAlbum(src, options.noun) : Promise.resolve(download(src, safeFileName(options.fileName)));

/** The save button's text: 保存到相册 in WeChat, 下载<noun> on H5. */
export const saveImageLabel = (noun: string): string => (process.env.TARO_ENV === 'weapp' ? '保存到相册' : `下载${noun}`);
