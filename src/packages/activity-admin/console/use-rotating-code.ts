import { useEffect, useState } from 'react';
import type { SignedCode } from '@core/activity.types';
import { currentCode } from '@/services/activities';

export type RotatingCodeState =
  | { status: 'loading' }
  | { status: 'ready'; code: SignedCode; /** Local time the code stops being current. */ deadline: number }
  | { status: 'failed'; message: string }
  /** Outside the check-in window: the server shows no code and says when it opens (or that it closed). */
  | { status: 'closed'; message: string };

/** Asked for this long before the deadline, so the new code is on screen as the old one expires. */
const LEAD_MS = 600;
/** When the server still answers the same code (the phone's clock runs ahead), ask again after this. */
const SAME_CODE_RETRY_MS = 800;
const FAILURE_RETRY_MS = 3000;
const TRANSIENT: readonly string[] = ['NETWORK', 'INTERNAL', 'TIMEOUT', 'CONFLICT'];
const OUTSIDE_WINDOW: readonly string[] = ['CHECKIN_NOT_OPEN', 'ENDED'];

/**
 * The organiser's current check-in (or check-out) code, fetched again just before it expires,
 * for as long as `active` (the tab is shown and the page visible). `expiresAt` is the server's
 * clock: the wait is clamped to one rotation so a phone whose clock is off neither hammers the
 * server nor shows a stale code (the grace period covers the few seconds a stale one is kept).
 */
export function useRotatingCode(activityId: string, kind: 'in' | 'out', active: boolean) {
  const [state, setState] = useState<RotatingCodeState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastCode = '';
    const schedule = (ms: number) => {
      timer = setTimeout(() => void fetchCode(), Math.max(ms, 200));
    };
    async function fetchCode() {
      const reply = await currentCode(activityId, kind);
      if (cancelled) return;
      if (!reply.ok) {
        if (OUTSIDE_WINDOW.includes(reply.code)) return void setState({ status: 'closed', message: reply.message });
        setState({ status: 'failed', message: reply.message });
        // Only a transport or server hiccup passes by waiting; a refusal (FORBIDDEN, ACTIVITY_STATE…) waits for 重试.
        if (TRANSIENT.includes(reply.code)) schedule(FAILURE_RETRY_MS);
        return;
      }
      const rotateMs = reply.data.rotateSeconds * 1000;
      const remaining = Math.min(Math.max(Date.parse(reply.data.expiresAt) - Date.now(), 1000), rotateMs);
      if (reply.data.code === lastCode) {
        schedule(SAME_CODE_RETRY_MS);
        return;
      }
      lastCode = reply.data.code;
      const deadline = Date.now() + remaining;
      setState({ status: 'ready', code: reply.data, deadline });
      schedule(remaining - LEAD_MS);
    }
    void fetchCode();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [activityId, kind, active, attempt]);

  return { state, retry: () => setAttempt((previous) => previous + 1) };
}

/** Seconds left until `deadline`, ticking once a second while mounted. */
export function useSecondsLeft(deadline: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [deadline]);
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}
