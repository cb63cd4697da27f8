import { TOP_ACTIVITIES, type AnnualReport, type HonourTally, type ReportPeriod } from '@core/annual-report';
import { HONOUR_LEVELS, honourLevelLabels } from '@core/honours';
import { addDays, shanghaiInstant } from '@core/shanghai-time';
import { COUNTER_FIELDS } from '@core/stats-measures';
import { ActionError } from '../_lib/action-error';
import { awardedBetween } from '../_lib/honours/honour-award.repository';
import { loadTerms, presenceOf, sumCountersByMonthAndTeam, termOrderOf, topActivitiesOf } from '../_lib/stats/stats.repository';
import { listTeams } from '../_lib/team.repository';
import type { TermDocument } from '../_lib/term.repository';
import { membersByOpenid } from '../_lib/user.repository';
import { toDashboard, type ScopeRow } from './dashboard-view';

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

interface Span {
  period: ReportPeriod;
  termIds: string[];
  /** The period before, for returning volunteers: the previous term, or the previous year's terms. */
  previousTermIds: string[];
}

/** A term id or a year → the terms it covers and the days it spans. */
const spanOf = (key: string, terms: readonly TermDocument[]): Span => {
  if (key.startsWith('term_')) {
    const term = terms.find((each) => each._id === key);
    if (!term) throw new ActionError('NOT_FOUND', '没有这个学期，请刷新后重新选择');
    const previous = termOrderOf(terms).prevOf(term._id);
    return {
      period: { kind: 'term', key, name: term.name, startDay: term.startDay, endDay: term.endDay, termNames: [term.name] },
      termIds: [term._id],
      previousTermIds: previous ? [previous] : [],
    };
  }
  const startingIn = (year: number) =>
    terms.filter((term) => term.startDay.startsWith(`${year}-`)).sort((a, b) => a.startDay.localeCompare(b.startDay));
  const own = startingIn(Number(key));
  return {
    period: {
      kind: 'year',
      key,
      name: `${key}年度`,
      startDay: own[0]?.startDay ?? `${key}-01-01`,
      endDay:
        own.length > 0
          ? own
              .map((term) => term.endDay)
              .sort()
              .at(-1)!
          : `${key}-12-31`,
      termNames: own.map((term) => term.name),
    },
    termIds: own.map((term) => term._id),
    previousTermIds: startingIn(Number(key) - 1).map((term) => term._id),
  };
};

/** Distinct counts per team scope from the presence markers: active, returning (also active the period before), served. */
const distinctRows = async (termIds: readonly string[], previousTermIds: readonly string[]): Promise<ScopeRow[]> => {
  const current = new Set(termIds);
  const previous = new Set(previousTermIds);
  const rows = new Map<string, { _id: string; activeVolunteers: number; returningVolunteers: number; peopleServed: number }>();
  for (const { _id, terms } of await presenceOf([...termIds, ...previousTermIds])) {
    if (!terms.some((termId) => current.has(termId))) continue;
    const row = rows.get(_id.scope) ?? { _id: _id.scope, activeVolunteers: 0, returningVolunteers: 0, peopleServed: 0 };
    rows.set(_id.scope, row);
    if (_id.kind === 'served') row.peopleServed += 1;
    else {
      row.activeVolunteers += 1;
      if (terms.some((termId) => previous.has(termId))) row.returningVolunteers += 1;
    }
  }
  return [...rows.values()] as unknown as ScopeRow[];
};

/** Levels awarded in the period's days and still standing, highest first; names only. */
const honoursIn = async (period: ReportPeriod): Promise<HonourTally[]> => {
  const awards = await awardedBetween(shanghaiInstant(period.startDay), shanghaiInstant(addDays(period.endDay, 1)));
  const members = awards.length > 0 ? await membersByOpenid(awards.map((award) => award.openid)) : new Map();
  return [...HONOUR_LEVELS].reverse().map((level) => {
    const names = awards
      .filter((award) => award.level === level)
      .map((award) => (members.get(award.openid)?.name as string | undefined) ?? '（已注销）')
      .sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
    return { level, label: honourLevelLabels[level], count: names.length, names };
  });
};

/**
 * The report from the rollups only: the period's monthly counters (one aggregate), the presence
 * markers for distinct counts over its terms, the activity counters for the top activities, the
 * awards of its days, the teams' names — a handful of reads whatever the ledger holds.
 */
export const annualReportOf = async (key: string): Promise<AnnualReport> => {
  const terms = await loadTerms();
  const { period, termIds, previousTermIds } = spanOf(key, terms);
  const [monthly, scopes, top, honours, teams] = await Promise.all([
    termIds.length > 0 ? sumCountersByMonthAndTeam({ termId: termIds }, COUNTER_FIELDS) : [],
    distinctRows(termIds, previousTermIds),
    topActivitiesOf(termIds, TOP_ACTIVITIES),
    honoursIn(period),
    listTeams(),
  ]);
  const teamName = new Map(teams.map((team) => [team._id, team.name]));
  const dashboard = toDashboard({ termId: key, teamId: null, orgUnitId: null }, monthly, scopes);
  return {
    period,
    totals: dashboard.totals,
    teams: dashboard.teams
      .map((row) => ({ teamId: row.teamId, teamName: teamName.get(row.teamId) ?? '（已删除的服务队）', measures: row.measures }))
      .sort((a, b) => b.measures.verifiedHours - a.measures.verifiedHours || a.teamName.localeCompare(b.teamName, 'zh-Hans-CN')),
    topActivities: top.map((row) => ({
      activityId: row._id,
      title: row.title ?? '（未命名活动）',
      teamName: row.teamId ? (teamName.get(row.teamId) ?? null) : null,
      verifiedHours: hours(row.verifiedMinutes),
      credited: row.credited,
    })),
    honours,
  };
};
