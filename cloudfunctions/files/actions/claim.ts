import type { FilesContract } from '@core/files.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { claimUpload } from '../../_lib/storage/claim-upload';
import { toClaimedFile } from '../claimed-file.view';

export const claim = async ({ params, caller }: ActionInvocation<FilesContract['claim']>) => ({
  file: toClaimedFile(await claimUpload(params.fileId, caller, { purpose: params.purpose })),
});
