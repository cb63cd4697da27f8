import type { TimerTick } from '../../_lib/define-function';
import { rebuildStats } from '../rebuild-stats';

/**
 * 03:30 every night: recompute the rollups from the source records and replace what differs — a
 * fact a crash lost between a booking's change and its counters is counted by morning.
 */
export const nightlyRebuild = async (_tick: TimerTick) => rebuildStats(true);
