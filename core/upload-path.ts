/**
 * Where client uploads go, without zod: the app imports this (an import of
 * `cloud-file-id.ts` would pull zod into the mini-program bundle), and `cloud-file-id.ts`
 * re-exports it so server code keeps one definition.
 */

/**
 * Every client upload goes under the uploader's own folder. WeChat's storage does not tell a
 * function who uploaded an object, so the path is the proof: `files.claim` only accepts files
 * under the caller's folder, and the H5 upload route writes there.
 */
export const uploadFolderOf = (openid: string) => `uploads/${openid}/`;

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
