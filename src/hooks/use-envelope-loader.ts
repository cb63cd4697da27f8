import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '@core/envelope';

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; code: string; message: string };

/**
 * Runs a service call on mount and on `reload()`, exposing loading / ready / failed.
 * `load` must be stable (a module-level function or memoised), or every render reloads.
 * A reload keeps the previous data on screen until the new answer arrives, so a
 * pull-down refresh does not flash the loading view.
 */
export function useEnvelopeLoader<T>(load: () => Promise<Envelope<T>>) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const latestCall = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latestCall.current;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    const reply = await load();
    // An older, slower answer must not overwrite a newer one.
    if (call !== latestCall.current) return;
    setState(reply.ok ? { status: 'ready', data: reply.data } : { status: 'failed', code: reply.code, message: reply.message });
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload };
}
