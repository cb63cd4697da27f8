import type { TimerTick } from '../../_lib/define-function';
import { walkResumably } from '../../_lib/repair/resumable-walk';
import { findFiles } from '../../_lib/storage/file.repository';
import { deleteObjects } from '../../_lib/storage/object-store.gateway';
import {
  pageUploadsPendingSince,
  removeExpiredPendingUploads,
  UNCLAIMED_UPLOAD_MS,
  type PendingUploadDocument,
} from '../../_lib/storage/pending-upload.repository';

/** Entries per page: one `files` read and one storage delete of at most this many. */
const UPLOADS_PER_PAGE = 50;
/** 1000 uploads per tick; a longer backlog is finished by the next ticks. */
const PAGES_PER_TICK = 20;

/**
 * Timer job (every hour): deletes uploads reserved more than a day ago and never claimed — the app
 * closed between upload and claim, or the claim was refused — object first, then its entry, so a
 * crash in between leaves an entry whose object is gone, which the next tick finishes. An entry
 * whose upload does have a `files` record (the claim crashed before deleting the entry) keeps its
 * object and only loses the entry. Resumable (stored cursor) and idempotent (a missing object
 * counts as deleted, the entry's removal is conditional on its age).
 */
export const removeUnclaimedUploads = async ({ time }: TimerTick) => {
  const before = new Date(time.getTime() - UNCLAIMED_UPLOAD_MS);
  let removedObjects = 0;
  let keptClaimed = 0;
  const repair = async (entries: PendingUploadDocument[]) => {
    if (entries.length === 0) return;
    const claimed = await findFiles(entries.map((entry) => entry.fileId));
    const unclaimed = entries.filter((entry) => !claimed.has(entry.fileId));
    await deleteObjects(unclaimed.map((entry) => entry.fileId));
    await removeExpiredPendingUploads(
      entries.map((entry) => entry._id),
      before,
    );
    removedObjects += unclaimed.length;
    keptClaimed += entries.length - unclaimed.length;
  };
  const walk = await walkResumably('files.removeUnclaimedUploads', {
    readPage: (cursor) => pageUploadsPendingSince(before, cursor, UPLOADS_PER_PAGE),
    repair,
    pagesPerTick: PAGES_PER_TICK,
    now: time,
  });
  return { ...walk, removedObjects, keptClaimed };
};
