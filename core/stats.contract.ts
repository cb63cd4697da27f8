import { z } from 'zod';
import { defineAction } from './action-contract';
import type { ExportResult } from './activity.types';
import { REPORT_PERIOD_PATTERN, type AnnualReport } from './annual-report';
import { termIdSchema } from './activity.schema';
import type { Measures } from './stats-measures';
import { documentId } from './text.schema';

/** A term id or a calendar year (the terms starting in it). */
const reportPeriod = z
  .string({ invalid_type_error: '应为文本' })
  .regex(REPORT_PERIOD_PATTERN, '应为学期或年份（如 2036）')
  .describe('统计期间');

const MEMBERS = ['student', 'teacher', 'volunteer', 'leader', 'admin'] as const;

/** Measures a single month can show: the distinct counts are kept per term only. */
export type TrendMeasures = Omit<Measures, 'peopleServed' | 'activeVolunteers' | 'returningVolunteers'>;

export interface Dashboard {
  termId: string;
  teamId: string | null;
  orgUnitId: string | null;
  /** Everything under the filter. */
  totals: Measures;
  /** By month (YYYY-MM), oldest first. */
  trend: { month: string; measures: TrendMeasures }[];
  /** By team (activities and Q&A without a team are only in the totals), most services first. */
  teams: { teamId: string; measures: Measures }[];
}

export interface MyTermContribution {
  /** `*` for all terms together. */
  termId: string;
  bookingHours: number;
  activityHours: number;
  verifiedHours: number;
  ledgerEntries: number;
  servicesGiven: number;
  peopleHelped: number;
}

export interface RebuildReport {
  facts: number;
  /** Rollup documents whose stored value differed from the recomputation (0 = the increments were exact). */
  differences: number;
  written: number;
  removed: number;
  /** Agreeing counter documents whose shards the repair merged into one (the dashboard reads fewer). */
  merged: number;
  tookMs: number;
}

/**
 * `stats` (issue 17): the impact dashboards read pre-aggregated rollups (month × team × org unit ×
 * term), never the source records. Admins see all; a leader passes a team they lead; a member sees
 * only their own contribution.
 */
export const statsContract = {
  /** Committee-wide (admins) or one team (its leaders, `teamId` required), filtered by term and org unit (a 学院/团支部/班级 and everything under it). */
  dashboard: defineAction<Dashboard>()({
    params: z.object({
      termId: termIdSchema,
      teamId: documentId.nullable().default(null),
      orgUnitId: documentId.nullable().default(null),
    }),
    allow: ['admin', 'leader'],
  }),
  /** 我的贡献: the caller's own hours by term and kind, services given, people helped. */
  mine: defineAction<{ terms: MyTermContribution[] }>()({ params: z.object({}), allow: MEMBERS }),
  /** 年度报告 (admins): the 主要成效 of a term or a year — totals, per team, top activities, honours awarded. */
  annualReport: defineAction<AnnualReport>()({ params: z.object({ period: reportPeriod }), allow: ['admin'] }),
  /** The same report as an .xlsx through the export path (names only, no member numbers). */
  exportAnnualReport: defineAction<ExportResult>()({ params: z.object({ period: reportPeriod }), allow: ['admin'] }),
  /** Recomputes every rollup from the source records and compares; `write` replaces what differs. */
  rebuild: defineAction<RebuildReport>()({ params: z.object({ write: z.boolean().default(false) }), allow: ['admin'] }),
};

export type StatsContract = typeof statsContract;
