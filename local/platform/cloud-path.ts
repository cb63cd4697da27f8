/** Local file IDs have CloudBase's form: `cloud://<env>.<bucket>/<cloudPath>`. */
export const LOCAL_BUCKET = '7374-local-1300000000';

const FILE_ID = /^cloud:\/\/([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\/(.+)$/;

export function toFileId(env: string, cloudPath: string): string {
  return `cloud://${env}.${LOCAL_BUCKET}/${cloudPath}`;
}

/** The cloud path of a file ID, or null for anything that is not one of ours. */
export function cloudPathOf(fileId: unknown): string | null {
  if (typeof fileId !== 'string') return null;
  const match = FILE_ID.exec(fileId);
  return match && match[2] === LOCAL_BUCKET && isSafeCloudPath(match[3]) ? match[3] : null;
}

/** Relative, no `..`, no backslashes or control characters: a path can never leave the store. */
export function isSafeCloudPath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length === 0 || path.length > 512) return false;
  if (path.startsWith('/') || path.includes('\\') || /[\u0000-\u001f]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
