import {
  matchRosterHeaders,
  OPTIONAL_ROSTER_COLUMNS,
  ROSTER_COLUMNS,
  ROSTER_HEADERS,
  ROSTER_MAX_BYTES,
  ROSTER_MAX_ROWS,
  validateRoster,
  type RosterColumn,
  type ValidatedRoster,
} from '@core/roster';
import { ActionError } from '../_lib/action-error';
import type { Caller } from '../_lib/define-function';
import { listOrgUnits } from '../_lib/org-unit.repository';
import { claimUpload } from '../_lib/storage/claim-upload';
import { readObject } from '../_lib/storage/object-store.gateway';
import { readFirstSheet } from '../_lib/workbook';

const unreadable = (detail: string) => new ActionError('ROSTER_UNREADABLE', `无法读取名册：${detail}`);

/**
 * The admin's uploaded roster, read and validated from the file itself (preview and apply both
 * call this, so apply never trusts a preview): claimed for `roster-xlsx` (content sniffed, size
 * capped, admins only), parsed, headers matched, every row judged against the org units that exist now.
 */
export const readRosterFile = async (fileId: string, caller: Caller): Promise<ValidatedRoster & { rows: number }> => {
  const file = await claimUpload(fileId, caller, { purpose: 'roster-xlsx' });
  if (file.purpose !== 'roster-xlsx') throw new ActionError('FILE_NOT_XLSX');
  const [object, units] = await Promise.all([readObject(fileId, ROSTER_MAX_BYTES), listOrgUnits()]);
  if (!object) throw new ActionError('FILE_NOT_UPLOADED');
  if (object.size === null) throw new ActionError('FILE_TOO_LARGE', '文件过大，名册不能超过 2 MB');
  const sheet = await readFirstSheet(object.head, ROSTER_MAX_ROWS);
  if (!sheet) throw unreadable('文件不是有效的 .xlsx 工作簿');
  if (sheet.truncated) throw new ActionError('ROSTER_TOO_LARGE');
  const [header, ...data] = sheet.rows;
  if (!header) throw unreadable('第一个工作表是空的');
  const columns = matchRosterHeaders(header.cells);
  const missing = (Object.keys(columns) as RosterColumn[]).filter(
    (column) => columns[column] === null && !OPTIONAL_ROSTER_COLUMNS.includes(column),
  );
  if (missing.length) {
    throw unreadable(
      `第 ${header.row} 行缺少表头「${missing.map((column) => ROSTER_COLUMNS[column][0]).join('」「')}」，表头应为：${ROSTER_HEADERS.join('、')}`,
    );
  }
  const rows = data.map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries(
      (Object.keys(columns) as RosterColumn[]).map((column) => [
        column,
        columns[column] === null ? '' : (cells[columns[column] as number] ?? ''),
      ]),
    ) as Record<RosterColumn, string>,
  }));
  const active = units.filter((unit) => !unit.archived).map((unit) => ({ orgUnitId: unit._id, name: unit.name, kind: unit.kind }));
  return { ...validateRoster(rows, active), rows: rows.length };
};
