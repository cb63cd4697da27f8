import { measureRows, summaryLines, TEAM_MEASURES } from '@core/annual-report';
import { measureHeading, measureValue } from '@core/measure-text';
import type { StatsContract } from '@core/stats.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { sheetsToXlsx, type Cell, type Sheet } from '../../_lib/workbook';
import { annualReportOf } from '../annual-report-data';

/**
 * The report as an .xlsx through the export path (admins): 主要成效 (the paragraphs), 总体指标
 * (every measure with its definition), 各服务队, 活动排行, 荣誉. Numbers are number cells, so the
 * committee can sum them; names only, no member numbers.
 */
export const exportAnnualReport = async ({ params, caller }: ActionInvocation<StatsContract['exportAnnualReport']>) => {
  const report = await annualReportOf(params.period);
  const sheets: Sheet[] = [
    { name: '主要成效', headers: ['序号', '内容'], rows: summaryLines(report).map((line, i): Cell[] => [i + 1, line]) },
    {
      name: '总体指标',
      headers: ['指标', '数值', '说明'],
      rows: measureRows(report.totals).map((row) => [row.label, row.value, row.definition]),
    },
    {
      name: '各服务队',
      headers: ['服务队', ...TEAM_MEASURES.map(measureHeading)],
      rows: report.teams.map((team) => [team.teamName, ...TEAM_MEASURES.map((key) => measureValue(key, team.measures))]),
    },
    {
      name: '活动排行',
      headers: ['排名', '活动', '服务队', '认定时长（小时）', '认定人次'],
      rows: report.topActivities.map((row, i) => [i + 1, row.title, row.teamName, row.verifiedHours, row.credited]),
    },
    {
      name: '荣誉',
      headers: ['星级', '授予人数', '名单'],
      rows: report.honours.map((row) => [row.label, row.count, row.names.join('、')]),
    },
  ];
  const content = await sheetsToXlsx(sheets);
  const rows = report.teams.length + report.topActivities.length + report.honours.length;
  return storeExport(caller.openid, `annual-report-${params.period}`, content, `${report.period.name}-主要成效.xlsx`, rows);
};
