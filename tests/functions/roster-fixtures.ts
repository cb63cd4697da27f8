import * as tcb from '@cloudbase/node-sdk';
import { randomBytes } from 'node:crypto';
import { ROSTER_HEADERS } from '@core/roster';
import { sheetToXlsx } from '../../cloudfunctions/_lib/workbook';

/** A roster workbook as the committee fills in the template: the template's headers, then rows. */
export const rosterXlsx = (rows: (string | number)[][], headers: readonly string[] = ROSTER_HEADERS): Promise<Buffer> =>
  sheetToXlsx('名册', headers, rows);

/** Puts bytes under the uploader's folder, as the app's upload does; answers the fileID to preview/apply. */
export const uploadRoster = async (openid: string, content: Buffer, extension = 'xlsx'): Promise<string> =>
  (
    await tcb
      .init({ env: tcb.SYMBOL_CURRENT_ENV })
      .uploadFile({ cloudPath: `uploads/${openid}/${randomBytes(8).toString('hex')}.${extension}`, fileContent: content })
  ).fileID as string;

/** `count` students of 汽修2301班 numbered from `first`, one row each. */
export const generatedRoster = (count: number, first = 2025000000, unit = '汽修2301班'): string[][] =>
  Array.from({ length: count }, (_, i) => [String(first + i), `学生${i}`, '学生', unit]);
