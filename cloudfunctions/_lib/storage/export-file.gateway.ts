import type { ExportResult } from '@core/activity.types';
import { cloudbase } from '../cloudbase';
import { temporaryUrls } from './object-store.gateway';

/** How long the answered link works: long enough to open or forward the file now. */
const URL_SECONDS = 60 * 60;

/**
 * Stores an export through the platform storage (COS on CloudBase, the emulator's store locally)
 * under `exports/<openid>/<timestamp>-<name>.xlsx`, private to the platform, and answers a temporary URL.
 */
export const storeExport = async (openid: string, name: string, content: Buffer, fileName: string, rows: number): Promise<ExportResult> => {
  const cloudPath = `exports/${openid}/${Date.now()}-${name}.xlsx`;
  const { fileID } = await cloudbase.uploadFile({ cloudPath, fileContent: content });
  const url = (await temporaryUrls([fileID], URL_SECONDS)).get(fileID);
  if (!url) throw new Error(`export ${cloudPath} stored but has no temporary URL`);
  return { fileId: fileID, url, rows, fileName };
};
