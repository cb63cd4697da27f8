import type { StatsContract } from '@core/stats.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { rebuildStats } from '../rebuild-stats';

/** Admins: recompute the rollups from the source records; compare only, or replace what differs. */
export const rebuild = ({ params }: ActionInvocation<StatsContract['rebuild']>) => rebuildStats(params.write);
