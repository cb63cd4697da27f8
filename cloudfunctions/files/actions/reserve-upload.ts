import { randomBytes } from 'node:crypto';
import { uploadCloudPath } from '@core/cloud-file-id';
import type { FilesContract } from '@core/files.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { insertPendingUpload } from '../../_lib/storage/pending-upload.repository';
import { fileIdOfCloudPath } from '../../_lib/storage/object-store.gateway';

/**
 * Names where the app uploads (the caller's own folder, an unguessable name) and records it as
 * pending before any byte is sent, so an upload whose claim never comes is found and deleted.
 */
export const reserveUpload = async ({ params, caller }: ActionInvocation<FilesContract['reserveUpload']>) => {
  const cloudPath = uploadCloudPath(caller.openid, randomBytes(12).toString('hex'), `upload.${params.extension.toLowerCase()}`);
  const fileId = await fileIdOfCloudPath(cloudPath);
  await insertPendingUpload({ _id: cloudPath, fileId, owner: caller.openid, purpose: params.purpose, createdAt: new Date() });
  return { cloudPath, fileId };
};
