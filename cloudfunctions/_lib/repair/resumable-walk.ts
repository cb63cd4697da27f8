import type { Page } from '@core/page.schema';
import { ActionError } from '../action-error';
import { loadRepairCursor, saveRepairCursor } from './repair-progress.repository';

export interface WalkCounts {
  /** Rows read this tick. */
  visited: number;
  /** Whether this tick reached the end of a pass (the next one starts from the beginning). */
  passFinished: boolean;
}

/**
 * Walks a collection for a repair timer, one keyset page at a time and at most `pagesPerTick`
 * pages per tick, resuming where the previous tick stopped: the cursor is stored after each page
 * is repaired, so a tick killed mid-page redoes only that page. `repair` must therefore be safe to
 * repeat (every repair here is a conditional write), and so are two overlapping ticks.
 */
export const walkResumably = async <Row>(
  timer: string,
  options: {
    readPage: (cursor: string | undefined) => Promise<Page<Row>>;
    repair: (rows: Row[]) => Promise<void>;
    pagesPerTick: number;
    now: Date;
  },
): Promise<WalkCounts> => {
  let cursor = await loadRepairCursor(timer);
  let visited = 0;
  for (let page = 0; page < options.pagesPerTick; page += 1) {
    const rows = await readFrom(options.readPage, cursor);
    await options.repair(rows.items);
    visited += rows.items.length;
    cursor = rows.nextCursor;
    await saveRepairCursor(timer, cursor, options.now);
    if (!cursor) return { visited, passFinished: true };
  }
  return { visited, passFinished: false };
};

/** A stored cursor the keyset no longer accepts (its order changed in a deploy) restarts the pass. */
const readFrom = async <Row>(readPage: (cursor: string | undefined) => Promise<Page<Row>>, cursor: string | null) => {
  try {
    return await readPage(cursor ?? undefined);
  } catch (error) {
    if (cursor && error instanceof ActionError && error.code === 'INVALID_INPUT') return readPage(undefined);
    throw error;
  }
};
