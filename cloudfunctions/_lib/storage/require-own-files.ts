import type { FilePurpose } from '@core/file-purposes';
import { ActionError } from '../action-error';
import { findFiles } from './file.repository';

/**
 * For features that attach files to a record (a booking's photos, a question's images): every
 * fileID in the payload must be claimed by the caller for that purpose, so nobody can attach a
 * file they do not own or one that never passed the content check.
 */
export const requireOwnFiles = async (fileIds: string[], openid: string, purpose: FilePurpose): Promise<void> => {
  if (fileIds.length === 0) return;
  const records = await findFiles([...new Set(fileIds)]);
  for (const fileId of fileIds) {
    const record = records.get(fileId);
    if (!record || record.owner !== openid || record.purpose !== purpose) {
      throw new ActionError('INVALID_INPUT', '提交的信息有误：图片未上传成功或不属于你，请重新上传');
    }
  }
};
