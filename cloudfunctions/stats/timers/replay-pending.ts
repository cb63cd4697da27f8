import type { TimerTick } from '../../_lib/define-function';
import { replayPending as replay } from '../replay-pending';

/**
 * Every 5 minutes: counts the facts of changes whose count a crash (or a failed count) left
 * pending — minutes after, not the next morning's rebuild.
 */
export const replayPending = async ({ time }: TimerTick) => replay(time);
