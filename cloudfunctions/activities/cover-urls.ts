import type { Caller } from '../_lib/define-function';
import { signedDownloadUrls } from '../_lib/storage/signed-download-url';
import { requireOwnFiles } from '../_lib/storage/require-own-files';

/** Temporary URLs of the covers (one batch per page); a cover that cannot be served shows none. */
export const coverUrlsOf = async (fileIds: (string | null)[], caller: Caller): Promise<Map<string, string>> => {
  const wanted = [...new Set(fileIds.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const urls = await signedDownloadUrls(wanted, caller);
  return new Map(urls.flatMap((url) => (url.ok ? [[url.fileId, url.tempUrl] as const] : [])));
};

/** A cover must be the organiser's own upload, claimed for this purpose (so it passed the image check). */
export const requireOwnCover = (coverFileId: string | null, openid: string): Promise<void> =>
  requireOwnFiles(coverFileId ? [coverFileId] : [], openid, 'activity-cover');
