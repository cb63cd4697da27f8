import type { Caller } from '../define-function';
import { signedDownloadUrls } from './signed-download-url';

/** Temporary URLs of covers (an activity's, a team's; one batch per page); a cover that cannot be served shows none. */
export const coverUrlsOf = async (fileIds: (string | null)[], caller: Caller): Promise<Map<string, string>> => {
  const wanted = [...new Set(fileIds.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const urls = await signedDownloadUrls(wanted, caller);
  return new Map(urls.flatMap((url) => (url.ok ? [[url.fileId, url.tempUrl] as const] : [])));
};
