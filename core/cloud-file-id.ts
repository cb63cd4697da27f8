import { z } from 'zod';

export { safeExtension, uploadCloudPath, uploadFolderOf } from './upload-path';

/**
 * CloudBase file IDs: `cloud://<env>.<bucket>/<cloudPath>`, what `Taro.cloud.uploadFile` yields
 * in WeChat and the host's `/api/upload` yields in H5. Clients only ever hold these.
 */
const FILE_ID = /^cloud:\/\/[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{1,64}\/([A-Za-z0-9_.\-/]{1,300})$/;

/** Relative, no empty, `.` or `..` segments: a path that names exactly one object. */
const isPlainPath = (path: string) => path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');

/** The cloud path inside a file ID, or null for anything that is not a well-formed one. */
export const cloudPathOfFileId = (fileId: string): string | null => {
  const match = FILE_ID.exec(fileId);
  return match && isPlainPath(match[1]) ? match[1] : null;
};

export const fileIdSchema = z
  .string({ invalid_type_error: '应为文本' })
  .refine((value) => cloudPathOfFileId(value) !== null, '文件编号格式不正确');

/** The uploader a cloud path names, or null when it is not an upload path. */
export const uploaderOfCloudPath = (cloudPath: string): string | null => {
  const match = /^uploads\/([A-Za-z0-9_-]{1,64})\/[^/]+$/.exec(cloudPath);
  return match ? match[1] : null;
};
