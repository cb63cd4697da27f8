import { callAction } from './cloud';

/** The `stats` function: the impact dashboards over the rollups (issue 17). Measure definitions: core/stats-measures.ts. */

/** Committee-wide (admins; `teamId` null) or one team (its leader), for a term, optionally under an org unit. */
export const loadDashboard = (filter: { termId: string; teamId?: string | null; orgUnitId?: string | null }) =>
  callAction('stats', 'dashboard', { termId: filter.termId, teamId: filter.teamId ?? null, orgUnitId: filter.orgUnitId ?? null });

/** 我的贡献: the caller's own hours by term and kind, services given, people helped. */
export const myContribution = () => callAction('stats', 'mine', {});

/** Admins: recompute the rollups from the source records; `write` replaces what differs. */
export const rebuildStats = (write: boolean) => callAction('stats', 'rebuild', { write });

/** 年度报告 (admins): a term's (`term_…`) or a year's (`2036`) 主要成效 — totals, per team, top activities, honours. */
export const loadAnnualReport = (period: string) => callAction('stats', 'annualReport', { period });

/** The same report as an .xlsx; answers its temporary URL (ExportAction opens it). */
export const exportAnnualReport = (period: string) => callAction('stats', 'exportAnnualReport', { period });
