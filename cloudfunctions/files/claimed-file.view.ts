import type { ClaimedFile } from '@core/files.contract';
import type { FileDocument } from '../_lib/storage/file.repository';

export const toClaimedFile = (file: FileDocument): ClaimedFile => ({
  fileId: file._id,
  purpose: file.purpose,
  contentType: file.contentType,
  size: file.size,
  visibility: file.visibility,
  createdAt: new Date(file.createdAt).toISOString(),
});
