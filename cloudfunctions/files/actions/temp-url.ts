import type { FilesContract } from '@core/files.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { signedDownloadUrls } from '../../_lib/storage/signed-download-url';

export const tempUrl = async ({ params, caller }: ActionInvocation<FilesContract['tempUrl']>) => ({
  files: await signedDownloadUrls(params.fileIds, caller),
});
