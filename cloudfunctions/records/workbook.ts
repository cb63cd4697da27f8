import ExcelJS from 'exceljs';

export type Cell = string | number | null;

/**
 * One sheet with a bold header row, as the committee opens it in Excel/WPS. ExcelJS lives in the
 * `records` bundle only: the check-in function never pays for it at cold start.
 */
export const sheetToXlsx = async (sheetName: string, headers: readonly string[], rows: readonly Cell[][]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '星火志愿';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows.map((row) => row.map((cell) => cell ?? '')));
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** Minutes → hours with two decimals, as a number Excel can sum. */
export const hoursCell = (minutes: number | null): number | null => (minutes === null ? null : Math.round((minutes / 60) * 100) / 100);
