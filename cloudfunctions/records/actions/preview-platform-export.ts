import { PREVIEW_ROWS } from '@core/platform-export';
import type { RecordsContract } from '@core/records.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { buildPlatformExport } from '../platform-export';

/** The first rows as the file will hold them (as text), the row count and the problems, before exporting. */
export const previewPlatformExport = async ({ params }: ActionInvocation<RecordsContract['previewPlatformExport']>) => {
  const { headers, rows, problems, problemCount } = await buildPlatformExport(params.columns, params.range);
  return {
    headers,
    rows: rows.slice(0, PREVIEW_ROWS).map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
    totalRows: rows.length,
    problems,
    problemCount,
  };
};
