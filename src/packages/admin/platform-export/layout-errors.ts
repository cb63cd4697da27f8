import type { ExportColumn, ExportRange } from '@core/platform-export';
import type { FieldErrors } from '@/hooks/field-errors';

/**
 * The 志愿平台导出 form's checks, pure so tests/app runs them: the contract's rules
 * (core/platform-export.ts exportLayoutFieldsSchema, exportRangeSchema) in the form's words, every
 * wrong row at once. Rows are keyed `name`, `column-2-header`, `columns`, `toDay`.
 */
export interface LayoutDraft {
  name: string;
  columns: ExportColumn[];
}

export const headerKey = (index: number) => `column-${index}-header`;

/** The rows top to bottom: the first wrong one is scrolled to. */
export const layoutFieldOrder = (draft: LayoutDraft): string[] => ['name', ...draft.columns.map((_, index) => headerKey(index)), 'columns'];

/** What a preview or an export needs: columns that each have a header. */
export function columnErrors(columns: readonly ExportColumn[]): FieldErrors<string> {
  const errors: FieldErrors<string> = {};
  columns.forEach((column, index) => {
    if (!column.header.trim()) errors[headerKey(index)] = '请填写列名';
  });
  if (!columns.length) errors.columns = '至少保留一列';
  return errors;
}

/** What saving needs: a name of two characters or more, and the columns. */
export function layoutErrors(draft: LayoutDraft): FieldErrors<string> {
  return {
    ...(draft.name.trim().length < 2 ? { name: '版式名称至少 2 个字' } : {}),
    ...columnErrors(draft.columns),
  };
}

/** A custom range ends on or after its start. */
export function rangeErrors(range: ExportRange): FieldErrors<string> {
  return 'fromDay' in range && range.toDay < range.fromDay ? { toDay: '结束日期应不早于开始日期' } : {};
}
