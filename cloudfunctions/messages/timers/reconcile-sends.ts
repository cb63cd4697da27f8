import type { TimerTick } from '../../_lib/define-function';
import { markStaleSendsUnknown } from '../../_lib/notify/send.repository';

/**
 * A send still `sending` after this long belongs to a function that stopped mid-call (crash,
 * timeout): every function times out in well under a minute.
 */
export const staleAfterSeconds = (): number => {
  const configured = Number(process.env.STARFIRE_SEND_STALE_SECONDS);
  return Number.isFinite(configured) && configured >= 0 ? configured : 120;
};

/** Timer job: reports stuck sends as `unknown` (never re-sends them). Safe to overlap and retry. */
export const reconcileSends = async ({ time }: TimerTick) => {
  const cutoff = new Date(time.getTime() - staleAfterSeconds() * 1000);
  return { markedUnknown: await markStaleSendsUnknown(cutoff) };
};
