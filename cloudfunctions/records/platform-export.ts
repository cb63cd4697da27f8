import { idTypeLabels, residentIdValid } from '@core/member-identity';
import { PREVIEW_PROBLEMS, type ExportColumn, type ExportField, type ExportProblem, type ExportRange } from '@core/platform-export';
import { addDays, shanghaiDay, shanghaiInstant } from '@core/shanghai-time';
import { ActionError } from '../_lib/action-error';
import { ledgerBetween, type HoursEntryDocument } from '../_lib/hours/hours-ledger.repository';
import { orgUnitNames } from '../_lib/org-unit.repository';
import { findRosterEntries } from '../_lib/roster-entry.repository';
import { listTeams } from '../_lib/team.repository';
import { listTermDocuments } from '../_lib/term.repository';
import { platformIdentitiesByOpenid, type PlatformIdentityRow } from '../_lib/user.repository';
import { hoursCell, type Cell } from '../_lib/workbook';

const UNTITLED = '志愿服务';
const SOURCE = { activity: '活动', booking: '服务预约' } as const;

/** The Shanghai days a range covers, and how the file name says it. */
const resolveRange = async (range: ExportRange): Promise<{ from: Date; to: Date; label: string }> => {
  if ('termId' in range) {
    const term = (await listTermDocuments()).find((candidate) => candidate._id === range.termId);
    if (!term) throw new ActionError('NOT_FOUND', '学期不存在或已删除');
    return { from: shanghaiInstant(term.startDay), to: shanghaiInstant(addDays(term.endDay, 1)), label: term.name };
  }
  return { from: shanghaiInstant(range.fromDay), to: shanghaiInstant(addDays(range.toDay, 1)), label: `${range.fromDay}至${range.toDay}` };
};

interface Lookups {
  members: Map<string, PlatformIdentityRow>;
  units: Map<string, string>;
  teams: Map<string, string>;
}

/** One cell of one entry. Hours are a number Excel sums; everything else is text, so numbers and IDs keep every digit. */
const cellOf = (field: ExportField, entry: HoursEntryDocument, { members, units, teams }: Lookups): Cell => {
  const member = members.get(entry.openid);
  const title = entry.title || UNTITLED;
  switch (field) {
    case 'name':
      return member?.name ?? '';
    case 'volunteerNo':
      return member?.volunteerNo ?? '';
    case 'idType':
      return member?.idType ? idTypeLabels[member.idType] : '';
    case 'idNumber':
      return member?.idNumber ?? '';
    case 'phone':
      return member?.phone ?? '';
    case 'memberNo':
      return member?.memberNo ?? '';
    case 'orgUnit':
      return (member?.orgUnitId && units.get(member.orgUnitId)) || '';
    case 'activity':
      return title;
    case 'serviceDate':
      return shanghaiDay(new Date(entry.verifiedAt));
    case 'hours':
      return hoursCell(entry.minutes);
    case 'content':
      return `${SOURCE[entry.source.kind]}：${title}`;
    case 'team':
      return (entry.teamId && teams.get(entry.teamId)) || '';
  }
};

export interface PlatformExport {
  headers: string[];
  rows: Cell[][];
  problems: ExportProblem[];
  problemCount: number;
  rangeLabel: string;
}

/**
 * The verified, unreversed entries in the range, oldest first, one row each in the layout's
 * columns; and what would make the platform refuse them: members without a 志愿者编号 (once each,
 * when the layout has that column), 居民身份证 numbers failing their checksum (when it has the ID
 * column), entries of 0 hours.
 */
export const buildPlatformExport = async (columns: readonly ExportColumn[], range: ExportRange): Promise<PlatformExport> => {
  const { from, to, label } = await resolveRange(range);
  const entries: HoursEntryDocument[] = [];
  for await (const page of ledgerBetween(from, to)) entries.push(...page);
  const [members, units, teamList] = await Promise.all([
    platformIdentitiesByOpenid(entries.map((entry) => entry.openid)),
    orgUnitNames(),
    listTeams(),
  ]);
  // A member without a 志愿者编号 of their own takes the one the imported roster gives their number.
  const roster = await findRosterEntries(
    [...members.values()].flatMap((member) => (member.memberNo ? [member.memberNo.toUpperCase()] : [])),
  );
  for (const [openid, member] of members) {
    const fromRoster = member.memberNo ? roster.get(member.memberNo.toUpperCase())?.volunteerNo : null;
    if (!member.volunteerNo && fromRoster) members.set(openid, { ...member, volunteerNo: fromRoster });
  }
  const lookups: Lookups = { members, units, teams: new Map(teamList.map((team) => [team._id, team.name])) };
  const uses = (field: ExportField) => columns.some((column) => 'field' in column && column.field === field);
  const problems: ExportProblem[] = [];
  const told = new Set<string>();
  const tell = (problem: ExportProblem, once?: string) => {
    if (once && told.has(once)) return;
    if (once) told.add(once);
    problems.push(problem);
  };
  const rows = entries.map((entry) => {
    const member = members.get(entry.openid);
    const name = member?.name ?? entry.openid;
    const activity = entry.title || UNTITLED;
    if (uses('volunteerNo') && !member?.volunteerNo) tell({ kind: 'noVolunteerNo', name, activity: '' }, `v:${entry.openid}`);
    if (uses('idNumber') && member?.idType === 'resident' && member.idNumber && !residentIdValid(member.idNumber))
      tell({ kind: 'badIdNumber', name, activity: '' }, `i:${entry.openid}`);
    if (entry.minutes <= 0) tell({ kind: 'zeroHours', name, activity });
    return columns.map((column) => ('field' in column ? cellOf(column.field, entry, lookups) : column.fixed));
  });
  return {
    headers: columns.map((column) => column.header),
    rows,
    problems: problems.slice(0, PREVIEW_PROBLEMS),
    problemCount: problems.length,
    rangeLabel: label,
  };
};
