import type { FileUrl } from '@core/files.contract';
import { callFunction } from './cloud';

/** Short-lived (1 hour) URLs for private files; each file the caller may not see is refused on its own. */
export const fileTempUrls = (fileIds: string[]) => callFunction<{ files: FileUrl[] }>('files', 'tempUrl', { fileIds });
