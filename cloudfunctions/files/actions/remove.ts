import type { FilesContract } from '@core/files.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { removeStoredFile } from '../../_lib/storage/remove-stored-file';

/** The router has already checked that the caller owns the file or is an admin. */
export const remove = async ({ params }: ActionInvocation<FilesContract['remove']>) => ({
  removed: await removeStoredFile(params.fileId),
});
