import ExcelJS from 'exceljs';

export type Cell = string | number | null;

/**
 * .xlsx in and out, as the committee opens them in Excel/WPS. ExcelJS is ~1 MB of bundle: only
 * the functions that need it (`records`' exports, `roster`'s import) import this file, so the
 * check-in and users functions never pay for it at cold start.
 */
export interface Sheet {
  name: string;
  headers: readonly string[];
  rows: readonly Cell[][];
}

/** One or more sheets, each with a bold header row. */
export const sheetsToXlsx = async (sheets: readonly Sheet[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '星火志愿';
  for (const { name, headers, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 2 + 4) }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(rows.map((row) => row.map((cell) => cell ?? '')));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

export const sheetToXlsx = (sheetName: string, headers: readonly string[], rows: readonly Cell[][]): Promise<Buffer> =>
  sheetsToXlsx([{ name: sheetName, headers, rows }]);

/** Minutes → hours with two decimals, as a number Excel can sum. */
export const hoursCell = (minutes: number | null): number | null => (minutes === null ? null : Math.round((minutes / 60) * 100) / 100);

/** A cell as the text a person sees in it: rich text joined, a formula's result, a number without exponent. */
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
};

/** A sheet's rows as cell texts with their 1-based row numbers; rows whose cells are all blank are left out. */
export interface ReadRow {
  row: number;
  cells: string[];
}

/**
 * The first worksheet of an .xlsx as text rows, or null when the bytes are not a workbook (a zip
 * of something else, a damaged file). Stops reading past `maxRows` data rows and says so.
 */
export const readFirstSheet = async (content: Buffer, maxRows: number): Promise<{ rows: ReadRow[]; truncated: boolean } | null> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const rows: ReadRow[] = [];
  let truncated = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (truncated) return;
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = values.map((value) => cellText(value as ExcelJS.CellValue).trim());
    if (cells.every((cell) => cell === '')) return;
    // The header row plus maxRows data rows; one more means too many.
    if (rows.length > maxRows) truncated = true;
    else rows.push({ row: rowNumber, cells });
  });
  return { rows, truncated };
};
