import { statsContract } from '@core/stats.contract';
import { defineFunction } from '../_lib/define-function';
import { dashboard } from './actions/dashboard';
import { mine } from './actions/mine';
import { rebuild } from './actions/rebuild';
import { nightlyRebuild } from './timers/nightly-rebuild';

/**
 * `stats`: the impact dashboards over the pre-aggregated rollups (cloudfunctions/_lib/stats), and
 * the rebuild that recomputes them from the source records.
 */
export const statsFunction = defineFunction({
  name: 'stats',
  contract: statsContract,
  handlers: { dashboard, mine, rebuild },
  timers: { nightlyRebuild },
});

export const main = statsFunction.main;
