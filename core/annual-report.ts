import type { HonourLevel } from './honours';
import { hoursText } from './hours-rounding';
import { measureHeading, measureValue, ratePercent, type ScalarMeasure } from './measure-text';
import { MEASURE_DEFINITIONS, type MeasureKey, type Measures } from './stats-measures';

/**
 * The annual report (issue 17): the 主要成效 section of a term or a year — totals, per team, top
 * activities, honours — as the report page and its .xlsx both show it. Pure: the stats function
 * builds the numbers from the rollups, this file words them.
 */

/** A term id, or a calendar year (`2036`): the terms that start in that year. */
export const REPORT_PERIOD_PATTERN = /^(term_[A-Za-z0-9]{12}|20\d{2})$/;

export interface ReportPeriod {
  kind: 'term' | 'year';
  /** The term id or the year, as asked. */
  key: string;
  /** 2035秋 / 2036年度. */
  name: string;
  /** First and last day covered (the terms' days; a year without terms: the calendar year). */
  startDay: string;
  endDay: string;
  /** The terms counted (a year: those starting in it). */
  termNames: string[];
}

export interface ReportTeam {
  teamId: string;
  teamName: string;
  measures: Measures;
}

/** Ranked by verified hours credited in the period (the ledger entries of the activity), then by entries. */
export interface TopActivity {
  activityId: string;
  title: string;
  teamName: string | null;
  verifiedHours: number;
  /** Verified, unreversed ledger entries: people credited. */
  credited: number;
}

export interface HonourTally {
  level: HonourLevel;
  label: string;
  count: number;
  /** Names only (no member numbers): the report is printed and forwarded. */
  names: string[];
}

export interface AnnualReport {
  period: ReportPeriod;
  totals: Measures;
  teams: ReportTeam[];
  topActivities: TopActivity[];
  /** Levels awarded in the period (after their notice) and still standing, highest first. */
  honours: HonourTally[];
}

export const TOP_ACTIVITIES = 10;

/** A measure as a report row: its label with the unit, a number (or a text for the median), its definition. */
export interface MeasureRow {
  key: ScalarMeasure | `rating${1 | 2 | 3 | 4 | 5}`;
  label: string;
  value: number | string | null;
  definition: string;
}

/** Every measure, in the order of MEASURE_DEFINITIONS; the rating distribution as five rows. */
export const measureRows = (measures: Measures): MeasureRow[] =>
  (Object.keys(MEASURE_DEFINITIONS) as MeasureKey[]).flatMap((key): MeasureRow[] => {
    const { definition } = MEASURE_DEFINITIONS[key];
    if (key === 'ratingDistribution')
      return measures.ratingDistribution.map((count, i) => ({
        key: `rating${(i + 1) as 1 | 2 | 3 | 4 | 5}`,
        label: `${i + 1} 分评价（条）`,
        value: count,
        definition,
      }));
    return [{ key, label: measureHeading(key), value: measureValue(key, measures), definition }];
  });

/** The per-team table's measures (the sheet's columns after the team name). */
export const TEAM_MEASURES: readonly ScalarMeasure[] = [
  'activitiesHeld',
  'servicesDelivered',
  'peopleServed',
  'verifiedHours',
  'activeVolunteers',
  'signUps',
  'attendanceRate',
  'averageRating',
];

/** The 主要成效 paragraphs: what the committee pastes into its report. */
export const summaryLines = (report: AnnualReport): string[] => {
  const { period, totals: t } = report;
  const span = period.kind === 'term' ? '本学期' : '本年度';
  const lines = [
    `统计期间：${period.name}（${period.startDay} 至 ${period.endDay}${period.kind === 'year' ? `，含${period.termNames.length > 0 ? period.termNames.map((name) => `「${name}」`).join('') : '0 个学期'}` : ''}）。`,
    `${span}共开展志愿服务活动 ${t.activitiesHeld} 场，累计认定志愿时长 ${hoursText(t.verifiedHours)}，活跃志愿者 ${t.activeVolunteers} 人，其中持续参与（上一${period.kind === 'term' ? '学期' : '年度'}也有认定时长）${t.returningVolunteers} 人。`,
    `完成志愿服务 ${t.servicesDelivered} 人次，服务对象 ${t.peopleServed} 人${t.averageRating !== null ? `，服务平均评分 ${t.averageRating} 分` : ''}；活动报名 ${t.signUps} 人次${t.attendanceRate !== null ? `，签到率 ${ratePercent(t.attendanceRate)}%` : ''}。`,
  ];
  const leadTeam = [...report.teams].sort((a, b) => b.measures.verifiedHours - a.measures.verifiedHours)[0];
  if (leadTeam && leadTeam.measures.verifiedHours > 0)
    lines.push(
      `${report.teams.length} 支服务队参与统计，认定时长最多的是${leadTeam.teamName}（${hoursText(leadTeam.measures.verifiedHours)}）。`,
    );
  const top = report.topActivities[0];
  if (top) lines.push(`认定时长最多的活动是「${top.title}」，共认定 ${hoursText(top.verifiedHours)}（${top.credited} 人次）。`);
  const awarded = report.honours.filter((row) => row.count > 0);
  const people = awarded.reduce((sum, row) => sum + row.count, 0);
  lines.push(
    people > 0
      ? `${span}授予星级志愿者 ${people} 人次：${awarded.map((row) => `${row.label} ${row.count} 人`).join('、')}。`
      : `${span}未授予星级志愿者。`,
  );
  return lines;
};
