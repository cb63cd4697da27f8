import { useCallback, useEffect, useRef, useState } from 'react';
import type { Envelope } from '@core/envelope';
import type { Page } from '@core/page.schema';

export interface CursorListState<T> {
  items: T[];
  /** 'loading' only for the first page; later pages keep the list on screen. */
  status: 'loading' | 'ready' | 'failed';
  message: string;
  hasMore: boolean;
  loadingMore: boolean;
}

/**
 * A server-paged list: the first page on mount (and whenever `loadPage` changes, e.g. a new
 * search), further pages by cursor on `loadMore`. Pages are small (the server caps them at 50),
 * so each setData carries one page, not the whole directory.
 */
export function useCursorList<T>(loadPage: (cursor?: string) => Promise<Envelope<Page<T>>>) {
  const [state, setState] = useState<CursorListState<T>>({ items: [], status: 'loading', message: '', hasMore: false, loadingMore: false });
  const cursor = useRef<string | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);

  const refresh = useCallback(async () => {
    const call = ++generation.current;
    busy.current = true;
    setState((previous) => (previous.status === 'ready' ? previous : { ...previous, status: 'loading' }));
    const reply = await loadPage();
    if (call !== generation.current) return;
    busy.current = false;
    if (!reply.ok) {
      setState((previous) => ({ ...previous, status: 'failed', message: reply.message, loadingMore: false }));
      return;
    }
    cursor.current = reply.data.nextCursor;
    setState({ items: reply.data.items, status: 'ready', message: '', hasMore: reply.data.nextCursor !== null, loadingMore: false });
  }, [loadPage]);

  const loadMore = useCallback(async () => {
    if (busy.current || !cursor.current) return;
    const call = generation.current;
    busy.current = true;
    setState((previous) => ({ ...previous, loadingMore: true }));
    const reply = await loadPage(cursor.current);
    // A refresh started meanwhile owns the list now.
    if (call !== generation.current) return;
    busy.current = false;
    if (!reply.ok) {
      setState((previous) => ({ ...previous, loadingMore: false, message: reply.message }));
      return;
    }
    cursor.current = reply.data.nextCursor;
    setState((previous) => ({
      ...previous,
      items: [...previous.items, ...reply.data.items],
      hasMore: reply.data.nextCursor !== null,
      loadingMore: false,
    }));
  }, [loadPage]);

  /** Drops or replaces one item after an action on it, without reloading every page. */
  const updateItems = useCallback(
    (change: (items: T[]) => T[]) => setState((previous) => ({ ...previous, items: change(previous.items) })),
    [],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { state, refresh, loadMore, updateItems };
}
