import { z } from 'zod';
import { termIdSchema } from './activity.schema';
import { isRealDay } from './shanghai-time';
import { shortText } from './text.schema';

/**
 * The national-platform export (志愿汇, 中国志愿服务网 …): one row per verified ledger entry, in a
 * column layout the committee configures — each column a header and either one of our fields or a
 * fixed text. The presets are starting points; see docs/decisions.md on how far they are checked.
 */
export const EXPORT_FIELDS = [
  'name',
  'volunteerNo',
  'idType',
  'idNumber',
  'phone',
  'memberNo',
  'orgUnit',
  'activity',
  'serviceDate',
  'hours',
  'content',
  'team',
] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];
export const exportFieldLabels: Record<ExportField, string> = {
  name: '姓名',
  volunteerNo: '志愿者编号',
  idType: '证件类型',
  idNumber: '证件号码',
  phone: '手机号',
  memberNo: '学号/工号',
  orgUnit: '班级/支部',
  activity: '活动/服务名称',
  serviceDate: '服务日期',
  hours: '服务时长（小时）',
  content: '服务内容',
  team: '服务队',
};
/** Fields written as text cells whatever they look like (leading zeros, 18 digits, an X). */
export const TEXT_FIELDS: readonly ExportField[] = ['volunteerNo', 'idNumber', 'phone', 'memberNo', 'serviceDate'];

export const exportColumnSchema = z.union([
  z.object({ header: shortText(30).pipe(z.string().min(1, '请填写列名')), field: z.enum(EXPORT_FIELDS) }).strict(),
  z.object({ header: shortText(30).pipe(z.string().min(1, '请填写列名')), fixed: shortText(60) }).strict(),
]);
export type ExportColumn = z.infer<typeof exportColumnSchema>;
export const exportColumnsSchema = z.array(exportColumnSchema).min(1, '至少一列').max(30, '最多 30 列');

export const exportLayoutIdSchema = z.string({ invalid_type_error: '应为文本' }).regex(/^xl_[a-f0-9]{16}$/, '版式编号格式不正确');

export const exportLayoutFieldsSchema = z
  .object({
    layoutId: exportLayoutIdSchema.optional(),
    name: shortText(30).pipe(z.string().min(2, '版式名称至少 2 个字')),
    columns: exportColumnsSchema,
  })
  .strict();

export interface ExportLayout {
  layoutId: string;
  name: string;
  columns: ExportColumn[];
  updatedAt: string;
}

/** A term, or Shanghai days from–to (inclusive). */
export const exportRangeSchema = z.union([
  z.object({ termId: termIdSchema }).strict(),
  z
    .object({
      fromDay: z.string({ invalid_type_error: '应为日期' }).refine(isRealDay, '日期格式应为 YYYY-MM-DD'),
      toDay: z.string({ invalid_type_error: '应为日期' }).refine(isRealDay, '日期格式应为 YYYY-MM-DD'),
    })
    .strict()
    .refine((range) => range.toDay >= range.fromDay, { message: '结束日期应不早于开始日期', path: ['toDay'] }),
]);
export type ExportRange = z.infer<typeof exportRangeSchema>;

export type ExportProblemKind = 'noVolunteerNo' | 'badIdNumber' | 'zeroHours';
export const exportProblemLabels: Record<ExportProblemKind, string> = {
  noVolunteerNo: '缺少志愿者编号',
  badIdNumber: '身份证号码校验位不正确',
  zeroHours: '时长为 0',
};
export interface ExportProblem {
  kind: ExportProblemKind;
  /** The member's name and the entry's title, as the committee finds it. */
  name: string;
  activity: string;
}

/** What the committee checks before exporting: the headers, the first rows, every problem (up to a cap). */
export interface PlatformExportPreview {
  headers: string[];
  rows: string[][];
  totalRows: number;
  problems: ExportProblem[];
  problemCount: number;
}
export const PREVIEW_ROWS = 10;
export const PREVIEW_PROBLEMS = 100;

const f = (header: string, field: ExportField): ExportColumn => ({ header, field });

/**
 * Starting layouts. Best guesses from the platforms' public help pages, not their current import
 * templates (not reachable from here): the committee checks them against the template it downloads.
 */
export const EXPORT_PRESETS: { key: string; name: string; columns: ExportColumn[] }[] = [
  {
    key: 'zyh',
    name: '志愿汇',
    columns: [
      f('姓名', 'name'),
      f('手机号', 'phone'),
      f('志愿者编号', 'volunteerNo'),
      f('活动名称', 'activity'),
      f('服务日期', 'serviceDate'),
      f('服务时长', 'hours'),
      f('备注', 'content'),
    ],
  },
  {
    key: 'chinavolunteer',
    name: '中国志愿服务网',
    columns: [
      f('志愿者编号', 'volunteerNo'),
      f('姓名', 'name'),
      f('证件类型', 'idType'),
      f('证件号码', 'idNumber'),
      f('服务项目名称', 'activity'),
      f('服务日期', 'serviceDate'),
      f('服务时长（小时）', 'hours'),
      f('服务内容', 'content'),
    ],
  },
];
