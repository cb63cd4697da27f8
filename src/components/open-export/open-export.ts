import Taro from '@tarojs/taro';
import type { ExportResult } from '@core/activity.types';

/**
 * Opens an exported .xlsx by its temporary URL. WeChat cannot hand a URL to another app, so it
 * downloads into the sandbox and opens the document viewer (its menu offers 转发/保存). H5 clicks
 * an `<a download>`: the file is served as a binary type, so even a cross-origin URL (where the
 * browser ignores `download`) saves the file instead of leaving the page.
 * Answers the Chinese reason it failed, or null.
 */
export async function openExport(file: ExportResult): Promise<string | null> {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const downloaded = await Taro.downloadFile({ url: file.url });
      if (downloaded.statusCode !== 200) return '文件下载失败，请重试';
      await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: 'xlsx', showMenu: true });
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
