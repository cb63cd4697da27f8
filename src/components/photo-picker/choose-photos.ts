import Taro from '@tarojs/taro';
import type { LocalPhoto } from '@/services/files';

export interface ChosenPhoto extends LocalPhoto {
  size: number;
  /** `image/png` on H5, `image` in WeChat; '' when unknown. */
  fileType: string;
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * The system picker for up to `count` images; [] when the user cancels. On H5 only the album:
 * with both sources Taro first draws its own 拍摄/从相册选择 sheet on phones, and a browser's
 * file input offers the camera anyway.
 */
export async function choosePhotos(count: number): Promise<ChosenPhoto[]> {
  try {
    const result = await Taro.chooseMedia({
      count,
      mediaType: ['image'],
      sourceType: process.env.TARO_ENV === 'h5' ? ['album'] : ['album', 'camera'],
      sizeType: ['compressed'],
    });
    return result.tempFiles.map((file) => ({
      filePath: file.tempFilePath,
      // H5 hands out a blob: URL; only the File keeps the real name (and so the extension).
      fileName: file.originalFileObj?.name ?? baseName(file.tempFilePath),
      size: file.size,
      fileType: file.fileType ?? '',
    }));
  } catch {
    return [];
  }
}
