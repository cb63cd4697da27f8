import { volunteerNoSchema } from './member-identity';
import { fieldMessages, MEMBER_NO_PATTERN, PERSON_NAME_MAX } from './membership-fields';
import type { MemberKind } from './membership.types';
import type { OrgUnitKind } from './org-units.contract';
import { textProblem } from './text-rules';

/**
 * The committee's roster as a spreadsheet: the columns the template offers and the import reads,
 * and the pure rules that turn its rows into roster entries or, row by row, Chinese problems.
 * Preview and apply both run these on the file itself, so apply never trusts what preview said.
 */

/** More rows than this is refused as a whole (ROSTER_TOO_LARGE): a college's yearly intake fits, and one apply stays well inside a function's timeout. */
export const ROSTER_MAX_ROWS = 5000;
/** A 5,000-row roster is about 150 KB; anything near this is not a roster. */
export const ROSTER_MAX_BYTES = 2 * 1024 * 1024;
/** Problem rows listed in a preview; the count covers the rest. */
export const ROSTER_PROBLEMS_SHOWN = 200;

/** Column → the header the template writes, then the other headers a hand-made sheet may use. */
export const ROSTER_COLUMNS = {
  memberNo: ['学号/工号', '学号', '工号', '学工号'],
  name: ['姓名'],
  kind: ['类别', '身份'],
  orgUnit: ['班级/支部', '班级', '支部', '组织'],
  volunteerNo: ['志愿者编号'],
} as const;
export type RosterColumn = keyof typeof ROSTER_COLUMNS;
/** Columns a sheet may leave out (the national platform's 志愿者编号: not every member has one). */
export const OPTIONAL_ROSTER_COLUMNS: readonly RosterColumn[] = ['volunteerNo'];
export const ROSTER_HEADERS = (Object.keys(ROSTER_COLUMNS) as RosterColumn[]).map((column) => ROSTER_COLUMNS[column][0]);

const KIND_WORDS: Record<string, MemberKind> = {
  学生: 'student',
  教师: 'teacher',
  老师: 'teacher',
  student: 'student',
  teacher: 'teacher',
};
export const rosterKindLabels: Record<MemberKind, string> = { student: '学生', teacher: '教师' };

/** One roster entry as stored (keyed by member number). */
export interface RosterEntryFields {
  memberNo: string;
  name: string;
  kind: MemberKind;
  orgUnitId: string;
  /** The national platform's 志愿者编号, when the sheet has it (the national-platform export falls back to it). */
  volunteerNo?: string | null;
}

/** A row the import will not take, with its spreadsheet row number (the header is row 1). */
export interface RosterProblem {
  row: number;
  memberNo: string;
  message: string;
}

/** A data row as read from the sheet: cell texts by column, and its row number. */
export interface RosterRow {
  row: number;
  cells: Record<RosterColumn, string>;
}

export interface RosterUnit {
  orgUnitId: string;
  name: string;
  kind: OrgUnitKind;
}

export interface ValidatedRoster {
  entries: (RosterEntryFields & { row: number })[];
  problems: RosterProblem[];
  /** Unit names the file uses that name no unit: listed for the admin to create, never created here. */
  unknownUnits: string[];
}

/**
 * Names compare with whitespace normalised: NFKC (full-width letters and spaces), trimmed, runs
 * collapsed, and no space between two Chinese characters, so 「张 三」 is 「张三」 but "Li Ming" keeps its space.
 */
export const normalisePersonName = (name: string): string =>
  name
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '');

export const sameRosterName = (a: string, b: string): boolean => normalisePersonName(a) === normalisePersonName(b);

/** Which header names which column; null for a column the sheet lacks. */
export const matchRosterHeaders = (headers: string[]): Record<RosterColumn, number | null> => {
  const found = {} as Record<RosterColumn, number | null>;
  for (const column of Object.keys(ROSTER_COLUMNS) as RosterColumn[]) {
    const index = headers.findIndex((header) => (ROSTER_COLUMNS[column] as readonly string[]).includes(header.trim()));
    found[column] = index >= 0 ? index : null;
  }
  return found;
};

const rowProblem = (cells: Record<RosterColumn, string>, units: Map<string, RosterUnit[]>): string | null => {
  const memberNo = cells.memberNo.trim();
  if (!memberNo) return '缺少学号/工号';
  if (!MEMBER_NO_PATTERN.test(memberNo)) return fieldMessages.memberNo;
  const name = normalisePersonName(cells.name);
  if (!name) return '缺少姓名';
  if (name.length > PERSON_NAME_MAX) return fieldMessages.nameTooLong;
  const nameProblem = textProblem(name, false);
  if (nameProblem) return `姓名${nameProblem}`;
  const kindWord = cells.kind.trim();
  if (!kindWord) return '缺少类别（学生或教师）';
  const kind = KIND_WORDS[kindWord.toLowerCase()];
  if (!kind) return `类别「${kindWord}」应为「学生」或「教师」`;
  const unitName = cells.orgUnit.trim();
  if (!unitName) return '缺少班级/支部';
  const matches = units.get(unitName) ?? [];
  if (matches.length === 0) return `组织「${unitName}」不存在，请先在「组织架构」中添加`;
  if (matches.length > 1) return `有多个名为「${unitName}」的组织，请先在「组织架构」中改名区分`;
  if (kind === 'student' && matches[0].kind !== 'class') return `学生应填写所在班级，「${unitName}」不是班级`;
  const volunteerNo = (cells.volunteerNo ?? '').trim();
  if (volunteerNo && !volunteerNoSchema.safeParse(volunteerNo).success) return '志愿者编号应为 4–32 位字母、数字或连字符';
  return null;
};

/** Every row's verdict; a number repeated in the file is a problem on each later row (the first stays). */
export const validateRoster = (rows: RosterRow[], activeUnits: RosterUnit[]): ValidatedRoster => {
  const units = new Map<string, RosterUnit[]>();
  for (const unit of activeUnits) units.set(unit.name.trim(), [...(units.get(unit.name.trim()) ?? []), unit]);
  const firstRowOf = new Map<string, number>();
  const unknown = new Set<string>();
  const result: ValidatedRoster = { entries: [], problems: [], unknownUnits: [] };
  for (const { row, cells } of rows) {
    const memberNo = cells.memberNo.trim().toUpperCase();
    const unitName = cells.orgUnit.trim();
    if (unitName && !units.has(unitName)) unknown.add(unitName);
    let problem = rowProblem(cells, units);
    if (!problem && firstRowOf.has(memberNo)) problem = `学号/工号与第 ${firstRowOf.get(memberNo)} 行重复`;
    if (problem) {
      result.problems.push({ row, memberNo, message: problem });
      continue;
    }
    firstRowOf.set(memberNo, row);
    result.entries.push({
      row,
      memberNo,
      name: normalisePersonName(cells.name),
      kind: KIND_WORDS[cells.kind.trim().toLowerCase()],
      orgUnitId: (units.get(unitName) as RosterUnit[])[0].orgUnitId,
      volunteerNo: (cells.volunteerNo ?? '').trim() || null,
    });
  }
  result.unknownUnits = [...unknown];
  return result;
};

/** Whether a stored entry already says what the file says (then the row writes nothing). */
export const sameRosterEntry = (a: RosterEntryFields, b: RosterEntryFields): boolean =>
  a.memberNo === b.memberNo &&
  a.name === b.name &&
  a.kind === b.kind &&
  a.orgUnitId === b.orgUnitId &&
  (a.volunteerNo ?? null) === (b.volunteerNo ?? null);
