import type { TimerTick } from '../../_lib/define-function';
import { evaluateAll } from '../evaluation';

/** Hourly: a level whose notice ended at midnight is awarded within the hour; a missed tick is caught by the next. */
export const evaluateHonours = async (tick: TimerTick) => evaluateAll(tick.time);
