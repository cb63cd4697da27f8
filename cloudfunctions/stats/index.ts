import { statsContract } from '@core/stats.contract';
import { defineFunction } from '../_lib/define-function';
import { annualReport } from './actions/annual-report';
import { dashboard } from './actions/dashboard';
import { exportAnnualReport } from './actions/export-annual-report';
import { mine } from './actions/mine';
import { rebuild } from './actions/rebuild';
import { nightlyRebuild } from './timers/nightly-rebuild';
import { replayPending } from './timers/replay-pending';

/**
 * `stats`: the impact dashboards over the pre-aggregated rollups (cloudfunctions/_lib/stats), and
 * the rebuild that recomputes them from the source records, and the annual report (.xlsx through
 * the export path: this bundle carries ExcelJS for it).
 */
export const statsFunction = defineFunction({
  name: 'stats',
  contract: statsContract,
  handlers: { dashboard, mine, annualReport, exportAnnualReport, rebuild },
  timers: { nightlyRebuild, replayPending },
});

export const main = statsFunction.main;
