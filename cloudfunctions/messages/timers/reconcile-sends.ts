import type { TimerTick } from '../../_lib/define-function';
import { markStaleSendsUnknown } from '../../_lib/notify/send.repository';
import { envNumber } from '../../_lib/env-setting';

/**
 * A send still `sending` after this long belongs to a function that stopped mid-call (crash,
 * timeout): every function times out in well under a minute.
 */
export const staleAfterSeconds = (): number => envNumber('STARFIRE_SEND_STALE_SECONDS', 120, { min: 0 });

/** Timer job: reports stuck sends as `unknown` (never re-sends them). Safe to overlap and retry. */
export const reconcileSends = async ({ time }: TimerTick) => {
  const cutoff = new Date(time.getTime() - staleAfterSeconds() * 1000);
  return { markedUnknown: await markStaleSendsUnknown(cutoff) };
};
