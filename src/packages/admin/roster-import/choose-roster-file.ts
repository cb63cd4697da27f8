import Taro from '@tarojs/taro';
import type { LocalPhoto } from '@/services/files';

/**
 * The roster file the admin picked, ready for `uploadFile`. WeChat has no file system picker: a
 * spreadsheet comes from a chat (`chooseMessageFile`). H5 hands over a browser File from the
 * page's own `<input type=file>` (see RosterFileInput); null when nothing was picked.
 */
export async function chooseRosterFileInWeChat(): Promise<(LocalPhoto & { size: number }) | null> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    const [file] = tempFiles;
    return file ? { filePath: file.path, fileName: file.name, size: file.size } : null;
  } catch {
    return null;
  }
}

/** A browser File as what `uploadFile` takes (Taro's H5 upload reads a blob: URL). */
export const fromBrowserFile = (file: File): LocalPhoto & { size: number } => ({
  filePath: URL.createObjectURL(file),
  fileName: file.name,
  size: file.size,
});
