/**
 * Private files: upload (through `cloud.ts`), claim for a purpose, show through short-lived
 * URLs. Pages hold only `cloud://` fileIDs; a URL is asked for when a photo is drawn.
 */
import type { Envelope } from '@core/envelope';
import type { ClaimedFile, FilePurpose, FileUrl } from '@core/files.contract';
import { safeExtension } from '@core/upload-path';
import { callAction, uploadToStorage } from './cloud';

export type { ClaimedFile, FilePurpose, FileUrl };

/** The server answers at most this many fileIDs per `tempUrl` call. */
const URLS_PER_CALL = 50;
/** A URL this close to its expiry is asked for again, so an image never loads a dead link. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

export interface LocalPhoto {
  filePath: string;
  fileName: string;
}

/**
 * Uploads one chosen file and answers its fileID (not yet claimed). Every upload first reserves its
 * path (`files.reserveUpload`): the server names it under the caller's folder and deletes it after
 * a day if it is never claimed.
 */
export const uploadFile = (photo: LocalPhoto, purpose: FilePurpose, onProgress?: (percent: number) => void) =>
  uploadToStorage({ ...photo, cloudPath: () => reservedCloudPath(photo.fileName, purpose), onProgress });

async function reservedCloudPath(fileName: string, purpose: FilePurpose): Promise<Envelope<string>> {
  const reply = await callAction('files', 'reserveUpload', { purpose, extension: safeExtension(fileName) });
  return reply.ok ? { ok: true, data: reply.data.cloudPath } : reply;
}

/** Checks the upload by content and size for `purpose`; FILE_NOT_IMAGE / FILE_TOO_LARGE delete it. */
export const claimFile = (fileId: string, purpose: FilePurpose) => callAction('files', 'claim', { fileId, purpose });

/** Deletes the object and its record (the owner or an admin). */
export async function removeFile(fileId: string) {
  urlCache.delete(fileId);
  return callAction('files', 'remove', { fileId });
}

const urlCache = new Map<string, { tempUrl: string; expiresAt: number }>();

const cachedUrl = (fileId: string, now: number): FileUrl | null => {
  const hit = urlCache.get(fileId);
  if (!hit || hit.expiresAt - EXPIRY_MARGIN_MS <= now) return null;
  return { fileId, ok: true, tempUrl: hit.tempUrl, expiresAt: new Date(hit.expiresAt).toISOString() };
};

/**
 * One answer per fileID, in the order given: a temporary URL, or that file's own refusal.
 * URLs are reused until shortly before they expire, so lists that redraw do not call again.
 */
export async function tempUrls(fileIds: string[]): Promise<Envelope<FileUrl[]>> {
  const now = Date.now();
  const missing = [...new Set(fileIds.filter((fileId) => !cachedUrl(fileId, now)))];
  const fetched = new Map<string, FileUrl>();
  for (let start = 0; start < missing.length; start += URLS_PER_CALL) {
    const reply = await callAction('files', 'tempUrl', { fileIds: missing.slice(start, start + URLS_PER_CALL) });
    if (!reply.ok) return reply;
    for (const answer of reply.data.files) {
      fetched.set(answer.fileId, answer);
      if (answer.ok) urlCache.set(answer.fileId, { tempUrl: answer.tempUrl, expiresAt: Date.parse(answer.expiresAt) });
    }
  }
  return {
    ok: true,
    data: fileIds.map(
      (fileId) => cachedUrl(fileId, now) ?? fetched.get(fileId) ?? { fileId, ok: false, code: 'NOT_FOUND', message: '图片不存在或已删除' },
    ),
  };
}
