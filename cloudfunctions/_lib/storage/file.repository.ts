import type { FilePurpose, FileVisibility } from '@core/file-purposes';
import type { Role } from '@core/roles';
import { database } from '../cloudbase';
import { isDuplicateWrite } from '../database-error';

/**
 * `files`: which feature and owner a fileID belongs to. `_id` is the fileID itself, so a file is
 * claimed once however many times the claim is sent. Objects without a record are never served.
 */
export interface FileDocument {
  _id: string;
  owner: string;
  purpose: FilePurpose;
  visibility: FileVisibility;
  readerRoles: Role[];
  /** Granted by the record that attached the file (a booking: its team, the booker). */
  readerTeams?: string[];
  readerOpenids?: string[];
  size: number;
  contentType: string;
  createdAt: Date;
}

const FILES = 'files';
const files = () => database.collection(FILES);

export const findFile = async (fileId: string): Promise<FileDocument | null> => {
  const { data } = await files().doc(fileId).get();
  return ((Array.isArray(data) ? data[0] : data) as FileDocument | undefined) ?? null;
};

export const findFiles = async (fileIds: string[]): Promise<Map<string, FileDocument>> => {
  const _ = database.command;
  const { data } = await files()
    .where({ _id: _.in(fileIds) })
    .limit(fileIds.length)
    .get();
  return new Map((data as FileDocument[]).map((file) => [file._id, file]));
};

/** Inserts the record; if it already exists (a repeated or concurrent claim), answers the stored one. */
export const insertFileOnce = async (file: FileDocument): Promise<FileDocument> => {
  try {
    await files().add(file);
    return file;
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    const existing = await findFile(file._id);
    if (!existing) throw error;
    return existing;
  }
};

/**
 * Lets a team's staff and/or a person read files the owner attached to one of their records. Only
 * the owner's own records match, so a grant cannot be stretched to someone else's file; adding to
 * a set makes a retried grant a no-op.
 */
export const grantFileReaders = async (fileIds: string[], owner: string, readers: { teamId?: string; openid?: string }): Promise<void> => {
  if (fileIds.length === 0) return;
  const _ = database.command;
  const changes: Record<string, unknown> = {};
  if (readers.teamId) changes.readerTeams = _.addToSet(readers.teamId);
  if (readers.openid) changes.readerOpenids = _.addToSet(readers.openid);
  if (Object.keys(changes).length === 0) return;
  await files()
    .where({ _id: _.in([...new Set(fileIds)]), owner })
    .update(changes);
};

export const removeFileRecord = async (fileId: string): Promise<boolean> => {
  const { deleted } = (await files().doc(fileId).remove()) as { deleted?: number };
  return (deleted ?? 0) > 0;
};
