import { useCallback, useEffect, useRef, useState } from 'react';
import type { SignedCode } from '@core/activity.types';
import { memberCode } from '@/services/activities';

export type MemberCodeState = { status: 'loading' } | { status: 'ready'; code: SignedCode } | { status: 'failed'; message: string };

/**
 * My member code, fetched again when it expires (a screenshot is useless a minute later), with
 * the seconds left for the countdown. Only the countdown changes every second, so setData stays small.
 */
export function useMemberCode() {
  const [state, setState] = useState<MemberCodeState>({ status: 'loading' });
  const [secondsLeft, setSecondsLeft] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const load = useCallback(async () => {
    clearTimeout(timer.current);
    const reply = await memberCode();
    if (!reply.ok) return setState({ status: 'failed', message: reply.message });
    setState({ status: 'ready', code: reply.data });
    // Never sooner than a second, so a clock ahead of the server cannot loop on refetching.
    timer.current = setTimeout(() => void load(), Math.max(1000, Date.parse(reply.data.expiresAt) - Date.now()));
  }, []);

  useEffect(() => {
    void load();
    return () => clearTimeout(timer.current);
  }, [load]);

  const expiresAt = state.status === 'ready' ? Date.parse(state.code.expiresAt) : 0;
  useEffect(() => {
    if (!expiresAt) return;
    const tick = () => setSecondsLeft(Math.max(0, Math.ceil((expiresAt - Date.now()) / 1000)));
    tick();
    const interval = setInterval(tick, 1000);
    return () => clearInterval(interval);
  }, [expiresAt]);

  return { state, secondsLeft, reload: load };
}
