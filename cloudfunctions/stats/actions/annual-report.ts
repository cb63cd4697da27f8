import type { StatsContract } from '@core/stats.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { annualReportOf } from '../annual-report-data';

/** 年度报告 (admins): a term's or a year's 主要成效 from the rollups. */
export const annualReport = ({ params }: ActionInvocation<StatsContract['annualReport']>) => annualReportOf(params.period);
