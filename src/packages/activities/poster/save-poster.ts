import Taro from '@tarojs/taro';
import { explain } from '@/feedback/confirm';
import { toastSuccess } from '@/feedback/toast';
import { brandColor } from '@/styles/colors';

/** The file name a downloaded poster gets: 「活动标题」海报.png (characters a file system refuses removed). */
export const posterFileName = (title: string): string => `「${title.replace(/[\\/:*?"<>|]/g, '')}」海报.png`;

const refusedAlbum = (error: unknown): boolean => /auth|deny|denied/i.test((error as { errMsg?: string })?.errMsg ?? '');

/**
 * weapp: saves the drawn poster to the album. Refused once, WeChat does not ask again by itself: the
 * user is told why and may open the settings page to allow it.
 */
async function saveToAlbum(filePath: string): Promise<void> {
  try {
    await Taro.saveImageToPhotosAlbum({ filePath });
    toastSuccess('已保存到相册');
  } catch (error) {
    if (/cancel/i.test((error as { errMsg?: string })?.errMsg ?? '')) return;
    if (!refusedAlbum(error)) {
      await explain('保存未成功', '海报未能保存到相册，请稍后重试。');
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '需要相册权限',
      content: '保存海报需要允许“保存到相册”。请在设置中开启“添加到相册”后再保存。',
      confirmText: '去设置',
      cancelText: '取消',
      confirmColor: brandColor,
    }).catch(() => ({ confirm: false }));
    if (!confirm) return;
    const { authSetting } = await Taro.openSetting();
    if (authSetting['scope.writePhotosAlbum']) await saveToAlbum(filePath);
  }
}

/** H5: downloads the poster as a PNG through an anchor with a download name. */
function download(dataUrl: string, title: string): void {
  const anchor = document.createElement('a');
  anchor.href = dataUrl;
  anchor.download = posterFileName(title);
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/** 保存到相册 in WeChat, 下载海报 on H5. */
export const savePoster = (src: string, title: string): Promise<void> =>
  process.env.TARO_ENV === 'weapp' ? saveToAlbum(src) : Promise.resolve(download(src, title));

export const saveLabel = process.env.TARO_ENV === 'weapp' ? '保存到相册' : '下载海报';
