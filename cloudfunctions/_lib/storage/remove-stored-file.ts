import { ActionError } from '../action-error';
import { findFile, removeFileRecord } from './file.repository';
import { deleteObjects, temporaryUrls } from './object-store.gateway';

/**
 * Deletes the object, then its record: a crash in between leaves a record whose object is gone,
 * which is served as NOT_FOUND, never an object nobody accounts for. A file that has neither is NOT_FOUND.
 */
export const removeStoredFile = async (fileId: string): Promise<boolean> => {
  const record = await findFile(fileId);
  if (!record && !(await temporaryUrls([fileId], 60)).get(fileId)) throw new ActionError('NOT_FOUND', '文件不存在或已删除');
  await deleteObjects([fileId]);
  if (record) await removeFileRecord(fileId);
  return true;
};
