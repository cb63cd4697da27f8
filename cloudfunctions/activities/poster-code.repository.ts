import { database } from '../_lib/cloudbase';
import { isDuplicateWrite } from '../_lib/database-error';

/**
 * `activity_poster_codes`: the code image of an activity's poster, made once through the open API
 * and kept, so opening the poster again (by anyone) reads it instead of calling getUnlimited again.
 * `_id` = the activity id. A code is good only for what it was made for (page, scene, width and the
 * build it opens); the poster action compares those and makes a new one when they differ. The owner
 * of the collection: every read and write of a cached code is one of the functions below.
 */
export interface PosterCodeDocument {
  _id: string;
  page: string;
  scene: string;
  width: number;
  envVersion: string;
  /** `data:image/…;base64,…` as the open API answered it. */
  codeImage: string;
  createdAt: Date;
}

const POSTER_CODES = 'activity_poster_codes';
const posterCodes = () => database.collection(POSTER_CODES);

export const findPosterCode = async (activityId: string): Promise<PosterCodeDocument | null> => {
  const { data } = await posterCodes().where({ _id: activityId }).limit(1).get();
  return (data[0] as PosterCodeDocument | undefined) ?? null;
};

/**
 * Keeps a freshly made code. Two first opens at once both make one; the first insert wins and the
 * other is simply not kept (both codes open the same page). A stale code (made for something else) is replaced.
 */
export const keepPosterCode = async (code: PosterCodeDocument, replacing: boolean): Promise<void> => {
  const { _id, ...body } = code;
  if (replacing) {
    await posterCodes().where({ _id }).update(body);
    return;
  }
  try {
    await posterCodes().add(code);
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
};
