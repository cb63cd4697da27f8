import { mayReadFile } from '@core/file-access';
import type { FileUrl } from '@core/files.contract';
import { errorMessages } from '@core/errors';
import type { Caller } from '../define-function';
import { readerFactsOf, type ReaderFacts } from './file-reader';
import { findFiles } from './file.repository';
import { temporaryUrls } from './object-store.gateway';

/** Long enough to view a page of photos, short enough that a leaked URL soon stops working. */
export const TEMP_URL_SECONDS = 60 * 60;

const refused = (fileId: string, code: 'NOT_FOUND' | 'FORBIDDEN'): FileUrl => ({
  fileId,
  ok: false,
  code,
  message: code === 'FORBIDDEN' ? '没有权限查看该文件' : errorMessages.NOT_FOUND,
});

/**
 * Temporary URLs for the files the caller may see, decided per file from its `files` record
 * (an unclaimed object has none and is never served). One record query and one SDK call per batch;
 * the caller's roles and teams (one user read) only when a file is not the caller's own.
 */
export const signedDownloadUrls = async (fileIds: string[], caller: Caller): Promise<FileUrl[]> => {
  const unique = [...new Set(fileIds)];
  const records = await findFiles(unique);
  const readable: string[] = [];
  const decisions = new Map<string, FileUrl>();
  let reader: Promise<ReaderFacts> | undefined;
  for (const fileId of unique) {
    const record = records.get(fileId);
    if (!record) decisions.set(fileId, refused(fileId, 'NOT_FOUND'));
    else if (record.owner === caller.openid) readable.push(fileId);
    else {
      const { roles, staffTeams } = await (reader ??= readerFactsOf(caller));
      if (mayReadFile(record, caller.openid, roles, staffTeams)) readable.push(fileId);
      else decisions.set(fileId, refused(fileId, 'FORBIDDEN'));
    }
  }
  const expiresAt = new Date(Date.now() + TEMP_URL_SECONDS * 1000).toISOString();
  const urls = await temporaryUrls(readable, TEMP_URL_SECONDS);
  for (const fileId of readable) {
    const tempUrl = urls.get(fileId);
    decisions.set(fileId, tempUrl ? { fileId, ok: true, tempUrl, expiresAt } : refused(fileId, 'NOT_FOUND'));
  }
  return fileIds.map((fileId) => decisions.get(fileId) as FileUrl);
};
