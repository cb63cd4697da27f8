import { requireOwnFiles } from '../_lib/storage/require-own-files';

export { coverUrlsOf } from '../_lib/storage/cover-urls';

/** A cover must be the organiser's own upload, claimed for this purpose (so it passed the image check). */
export const requireOwnCover = (coverFileId: string | null, openid: string): Promise<void> =>
  requireOwnFiles(coverFileId ? [coverFileId] : [], openid, 'activity-cover');
