import { z } from 'zod';
import { uploaderOfCloudPath } from '@core/cloud-file-id';
import type { FilePurpose } from '@core/file-purposes';
import { database } from '../cloudbase';
import { key } from '../keyset/key-fields';
import { keyset } from '../keyset/keyset';
import { readKeysetPage } from '../keyset/keyset-page.repository';

/**
 * `pending_uploads`: upload paths handed out by `files.reserveUpload` and not claimed yet; this
 * module is its one owner. `_id` is the cloud path. A claim deletes its entry; an entry older than
 * a day is an upload nobody used, which `files.removeUnclaimedUploads` deletes with its object.
 */
export interface PendingUploadDocument {
  _id: string;
  fileId: string;
  owner: string;
  purpose: FilePurpose;
  createdAt: Date;
}

/** How long an upload may wait for its claim before the timer deletes it. */
export const UNCLAIMED_UPLOAD_MS = 24 * 60 * 60_000;
/**
 * A claim this late is refused: the app claims seconds after the upload, and the hour between this
 * and the timer's cutoff keeps a claim from landing while the timer deletes the same object.
 */
export const CLAIM_DEADLINE_MS = UNCLAIMED_UPLOAD_MS - 60 * 60_000;

const PENDING_UPLOADS = 'pending_uploads';
const pending = () => database.collection(PENDING_UPLOADS);

export const insertPendingUpload = async (entry: PendingUploadDocument): Promise<void> => {
  await pending().add(entry);
};

export const findPendingUpload = async (cloudPath: string): Promise<PendingUploadDocument | null> => {
  const { data } = await pending().doc(cloudPath).get();
  return ((Array.isArray(data) ? data[0] : data) as PendingUploadDocument | undefined) ?? null;
};

/** After a claim: the upload is accounted for by its `files` record. */
export const removePendingUpload = async (cloudPath: string): Promise<void> => {
  await pending().doc(cloudPath).remove();
};

/** An entry's id is an upload path: `uploads/<openid>/<name>`. */
const uploadPathId = z
  .string()
  .max(200)
  .refine((path) => uploaderOfCloudPath(path) !== null);

/** Oldest first over the (createdAt, _id) index: the expired ones are the index's head. */
const OLDEST_FIRST = keyset({ createdAt: key.date('asc'), _id: key.id('asc', uploadPathId) });

export const pageUploadsPendingSince = (before: Date, cursor: string | undefined, limit: number) =>
  readKeysetPage<PendingUploadDocument>(pending(), OLDEST_FIRST, { createdAt: database.command.lt(before) }, { cursor, limit });

/** Only entries still older than the cutoff: a path reserved again meanwhile (never, it is random) stays. */
export const removeExpiredPendingUploads = async (cloudPaths: string[], before: Date): Promise<number> => {
  if (cloudPaths.length === 0) return 0;
  const _ = database.command;
  const { deleted } = (await pending()
    .where({ _id: _.in(cloudPaths), createdAt: _.lt(before) })
    .remove()) as { deleted?: number };
  return deleted ?? 0;
};
