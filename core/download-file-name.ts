/** What no file system along the way (COS keys, Windows, WeChat's sandbox) takes in a file name. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_STEM = 80;
const FALLBACK_STEM = '导出文件';

/**
 * The name an export reaches the user with — the one the page shows (`春季学期-签到记录.xlsx`):
 * characters a file system refuses become `-`, spaces are collapsed, the stem is cut to 80
 * characters and the extension kept. The same name is the H5 download's Content-Disposition and
 * the file WeChat saves, so the page and the saved file never disagree.
 */
export function downloadFileName(name: string): string {
  const extension = /\.[a-z0-9]{2,5}$/i.exec(name)?.[0].toLowerCase() ?? '';
  const stem = name
    .slice(0, name.length - extension.length)
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  return `${Array.from(stem).slice(0, MAX_STEM).join('') || FALLBACK_STEM}${extension || '.xlsx'}`;
}

/**
 * `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<name>` (RFC 6266 / 5987): the
 * `Content-Disposition` an export is served with, so a browser saves it under its Chinese name
 * even cross-origin, where it ignores `<a download>`.
 */
export function attachmentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
