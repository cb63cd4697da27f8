import { cloudPathOfFileId, uploaderOfCloudPath } from '@core/cloud-file-id';
import { FILE_POLICIES, type FilePurpose } from '@core/file-purposes';
import { isAccepted, sniffContentType } from '@core/file-signature';
import { ActionError } from '../action-error';
import type { Caller } from '../define-function';
import { findFile, insertFileOnce, type FileDocument } from './file.repository';
import { deleteObjects, readObjectHead } from './object-store.gateway';
import { CLAIM_DEADLINE_MS, findPendingUpload, removePendingUpload } from './pending-upload.repository';

/** Enough bytes for every signature `sniffContentType` knows. */
const SNIFF_BYTES = 16;

export interface ClaimOptions {
  purpose: FilePurpose;
  /** Defaults from the purpose's policy; a feature may only tighten them. */
  maxBytes?: number;
}

/**
 * Takes ownership of an uploaded object for a purpose. The object is judged by its content and
 * real size, never by its name; a refused object is deleted at once so nothing unchecked stays in
 * storage. Only uploads under the caller's own folder may be claimed (the path is the only proof
 * of who uploaded it that WeChat storage gives a function).
 */
export const claimUpload = async (
  fileId: string,
  caller: Pick<Caller, 'openid' | 'roles'>,
  options: ClaimOptions,
): Promise<FileDocument> => {
  const cloudPath = cloudPathOfFileId(fileId);
  if (!cloudPath || uploaderOfCloudPath(cloudPath) !== caller.openid) {
    throw new ActionError('FORBIDDEN', '没有权限：只能使用自己上传的文件');
  }
  const policy = FILE_POLICIES[options.purpose];
  const claimRoles: readonly string[] | undefined = 'claimRoles' in policy ? policy.claimRoles : undefined;
  if (claimRoles && !(await caller.roles()).some((role) => claimRoles.includes(role))) {
    throw new ActionError('FORBIDDEN', `没有权限：${policy.label}仅团委管理员可以上传`);
  }
  const [existing, reservation] = await Promise.all([findFile(fileId), findPendingUpload(cloudPath)]);
  // Too late: the cleanup timer may be deleting this very object.
  if (!existing && reservation && Date.now() - new Date(reservation.createdAt).getTime() > CLAIM_DEADLINE_MS) {
    throw new ActionError('FILE_NOT_UPLOADED', '上传已超过一天未使用，请重新上传');
  }
  if (existing) {
    if (existing.owner !== caller.openid) throw new ActionError('FORBIDDEN', '没有权限：只能使用自己上传的文件');
    if (reservation) await removePendingUpload(cloudPath);
    return existing;
  }

  const maxBytes = Math.min(options.maxBytes ?? policy.maxBytes, policy.maxBytes);
  const object = await readObjectHead(fileId, SNIFF_BYTES, maxBytes);
  if (!object) throw new ActionError('FILE_NOT_UPLOADED');

  const contentType = sniffContentType(object.head);
  const wrongType = policy.accepts === 'image' ? 'FILE_NOT_IMAGE' : 'FILE_NOT_XLSX';
  const refusal = object.size === null ? 'FILE_TOO_LARGE' : !isAccepted(contentType, policy.accepts) ? wrongType : null;
  if (refusal) {
    await deleteObjects([fileId]);
    throw new ActionError(refusal, refusal === 'FILE_TOO_LARGE' ? `文件过大，不能超过 ${formatMegabytes(maxBytes)}` : undefined);
  }

  const claimed = await insertFileOnce({
    _id: fileId,
    owner: caller.openid,
    purpose: options.purpose,
    visibility: policy.visibility,
    readerRoles: [...policy.readerRoles],
    size: object.size as number,
    contentType,
    createdAt: new Date(),
  });
  // A crash before this leaves the entry; the cleanup timer sees the record and keeps the object.
  if (reservation) await removePendingUpload(cloudPath);
  return claimed;
};

const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
