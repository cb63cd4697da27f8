import Taro from '@tarojs/taro';
import type { ExportResult } from '@core/activity.types';

/** openDocument's fileType from the name's extension (exports are .xlsx or .pdf). */
const fileTypeOf = (fileName: string): 'xlsx' | 'pdf' => (/\.pdf$/i.test(fileName) ? 'pdf' : 'xlsx');

/**
 * Opens an export by its temporary URL under the name the page shows (`春季学期-签到记录.xlsx`).
 * WeChat cannot hand a URL to another app, so it downloads into the user data directory under
 * that name (`filePath`; a temp file would be named by a hash, and so would its 转发/保存) and
 * opens the document viewer. H5 clicks an `<a download>`; a cross-origin URL ignores `download`,
 * so the signed URL carries `response-content-disposition` and the storage answers `Content-Disposition` with it.
 * Answers the Chinese reason it failed, or null.
 */
export async function openExport(file: ExportResult): Promise<string | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const filePath = `${Taro.env.USER_DATA_PATH}/${file.fileName}`;
      const downloaded = await Taro.downloadFile({ url: file.url, filePath });
      if (downloaded.statusCode !== 200) return '文件下载失败，请重试';
      await Taro.openDocument({ filePath: downloaded.filePath ?? filePath, fileType: fileTypeOf(file.fileName), showMenu: true });
      return null;
    } catch {
      return '无法打开文件，请重试';
    }
  }
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.className = 'export-download-link';
  document.body.appendChild(link);
  link.click();
  link.remove();
  return null;
}
