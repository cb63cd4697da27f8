import { cloudbase } from '../cloudbase';
import { readUrlHead, type UrlHead } from './read-url-head';

/**
 * The CloudBase object store (COS in production, the emulator's store locally) through the SDK's
 * own storage calls. Objects are private: reading one from a function goes through a temporary URL.
 */

type TempUrlResult = { fileID: string; tempFileURL: string; code: string };

const sdkFailure = (what: string, reply: { code?: unknown; message?: unknown }) =>
  Object.assign(new Error(`${what}: ${String(reply.code)} ${String(reply.message ?? '')}`), { code: reply.code });

/** fileID → temporary URL, or null for a file that does not exist. */
export const temporaryUrls = async (fileIds: string[], maxAgeSeconds: number): Promise<Map<string, string | null>> => {
  const urls = new Map<string, string | null>();
  if (fileIds.length === 0) return urls;
  const reply = (await cloudbase.getTempFileURL({
    fileList: fileIds.map((fileID) => ({ fileID, maxAge: maxAgeSeconds })),
  })) as unknown as { fileList?: TempUrlResult[]; code?: string; message?: string };
  if (!Array.isArray(reply.fileList)) throw sdkFailure('getTempFileURL', reply);
  for (const entry of reply.fileList) urls.set(entry.fileID, entry.code === 'SUCCESS' && entry.tempFileURL ? entry.tempFileURL : null);
  return urls;
};

/** The first bytes and (capped) size of an object, or null when it does not exist. */
export const readObjectHead = async (fileId: string, headBytes: number, maxBytes: number): Promise<UrlHead | null> => {
  const url = (await temporaryUrls([fileId], 60)).get(fileId);
  if (!url) return null;
  const head = await readUrlHead(url, headBytes, maxBytes);
  return head.status === 404 ? null : head;
};

/** The fileID an upload to `cloudPath` will have (what the storage API hands the uploader). */
export const fileIdOfCloudPath = async (cloudPath: string): Promise<string> => {
  const reply = (await cloudbase.getUploadMetadata({ cloudPath })) as unknown as {
    data?: { fileId?: string };
    code?: string;
    message?: string;
  };
  if (typeof reply.data?.fileId !== 'string') throw sdkFailure('getUploadMetadata', reply);
  return reply.data.fileId;
};

/** Deletes objects; a missing one counts as deleted. */
export const deleteObjects = async (fileIds: string[]): Promise<void> => {
  if (fileIds.length === 0) return;
  const reply = (await cloudbase.deleteFile({ fileList: fileIds })) as unknown as {
    fileList?: { fileID: string; code: string }[];
    code?: string;
    message?: string;
  };
  if (!Array.isArray(reply.fileList)) throw sdkFailure('deleteFile', reply);
  const failed = reply.fileList.filter((entry) => entry.code !== 'SUCCESS' && entry.code !== 'STORAGE_FILE_NONEXIST');
  if (failed.length > 0) throw sdkFailure('deleteFile', { code: failed[0].code, message: failed[0].fileID });
};

/** A whole object up to `maxBytes` (null when missing); `size` is null when it is larger. */
export const readObject = (fileId: string, maxBytes: number): Promise<UrlHead | null> => readObjectHead(fileId, maxBytes, maxBytes);
