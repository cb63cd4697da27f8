import type { ExportResult } from '@core/activity.types';
import { attachmentDisposition, downloadFileName } from '@core/download-file-name';
import { cloudbase } from '../cloudbase';
import { temporaryUrls } from './object-store.gateway';

/** How long the answered link works: long enough to open or forward the file now. */
const URL_SECONDS = 60 * 60;

/**
 * Stores an export through the platform storage (COS on CloudBase, the emulator's store locally)
 * under `exports/<openid>/<timestamp>-<name>.<the file name's extension>` (.xlsx, .pdf), private to the
 * platform, and answers a temporary URL that downloads it under the name the page shows
 * (`春季学期-签到记录.xlsx`). The key stays ASCII (the SDK sends it in a request header); the name
 * travels as COS's `response-content-disposition` on the signed URL (RFC 5987 `filename*`), which a
 * browser honours where it ignores `<a download>` (cross-origin). WeChat saves under it itself
 * (`open-export.ts`).
 */
export const storeExport = async (openid: string, name: string, content: Buffer, title: string, rows: number): Promise<ExportResult> => {
  const fileName = downloadFileName(title);
  const extension = /\.[a-z0-9]{2,5}$/i.exec(fileName)?.[0] ?? '.xlsx';
  const cloudPath = `exports/${openid}/${Date.now()}-${name}${extension}`;
  const { fileID } = await cloudbase.uploadFile({ cloudPath, fileContent: content });
  const signed = (await temporaryUrls([fileID], URL_SECONDS)).get(fileID);
  if (!signed) throw new Error(`export ${cloudPath} stored but has no temporary URL`);
  const url = `${signed}${signed.includes('?') ? '&' : '?'}response-content-disposition=${encodeURIComponent(attachmentDisposition(fileName))}`;
  return { fileId: fileID, url, rows, fileName };
};
