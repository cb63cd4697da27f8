import { z } from 'zod';

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

/**
 * Every client upload goes under the uploader's own folder. WeChat's storage does not tell a
 * function who uploaded an object, so the path is the proof: `files.claim` only accepts files
 * under the caller's folder, and the H5 upload route writes there.
 */
export const uploadFolderOf = (openid: string) => `uploads/${openid}/`;

/** The uploader a cloud path names, or null when it is not an upload path. */
export const uploaderOfCloudPath = (cloudPath: string): string | null => {
  const match = /^uploads\/([A-Za-z0-9_-]{1,64})\/[^/]+$/.exec(cloudPath);
  return match ? match[1] : null;
};

/** A lower-case extension of at most 8 letters/digits from a file name, else `bin`. */
export const safeExtension = (fileName: string | null | undefined): string => {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName ?? '');
  return match ? match[1].toLowerCase() : 'bin';
};

/**
 * Where the app uploads a file in WeChat (`Taro.cloud.uploadFile({ cloudPath })`); the H5 host
 * uses the same. `random` is the caller's unguessable token (e.g. 16 hex characters).
 */
export const uploadCloudPath = (openid: string, random: string, fileName?: string): string =>
  `${uploadFolderOf(openid)}${random}.${safeExtension(fileName)}`;
