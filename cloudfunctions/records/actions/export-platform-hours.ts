import type { RecordsContract } from '@core/records.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { sheetToXlsx } from '../../_lib/workbook';
import { buildPlatformExport } from '../platform-export';

/** The range's verified entries in the committee's layout as .xlsx, through the export path (temporary URL). */
export const exportPlatformHours = async ({ params, caller }: ActionInvocation<RecordsContract['exportPlatformHours']>) => {
  const { headers, rows, rangeLabel } = await buildPlatformExport(params.columns, params.range);
  const content = await sheetToXlsx('志愿服务时长', headers, rows);
  const title = params.name.trim() || '平台导入';
  return storeExport(caller.openid, 'platform-hours', content, `${title}-${rangeLabel}.xlsx`, rows.length);
};
