import type { ExportResult } from '@core/activity.types';
import { cloudbase } from '../cloudbase';
import { temporaryUrls } from './object-store.gateway';

/** How long the answered link works: long enough to open or forward the file now. */
const URL_SECONDS = 60 * 60;

/**
 * Stores an export through the platform storage (COS on CloudBase, the emulator's store locally)
 * under `exports/<openid>/<timestamp>-<name>.<the file name's extension>` (.xlsx, .pdf), private to the
 * platform, and answers a temporary URL.
 */
export const storeExport = async (openid: string, name: string, content: Buffer, fileName: string, rows: number): Promise<ExportResult> => {
  const extension = /\.[a-z0-9]{2,5}$/i.exec(fileName)?.[0].toLowerCase() ?? '.xlsx';
  const cloudPath = `exports/${openid}/${Date.now()}-${name}${extension}`;
  const { fileID } = await cloudbase.uploadFile({ cloudPath, fileContent: content });
  const url = (await temporaryUrls([fileID], URL_SECONDS)).get(fileID);
  if (!url) throw new Error(`export ${cloudPath} stored but has no temporary URL`);
  return { fileId: fileID, url, rows, fileName };
};
