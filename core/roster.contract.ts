import { z } from 'zod';
import { defineAction } from './action-contract';
import type { ExportResult } from './activity.types';
import { fileIdSchema } from './cloud-file-id';
import type { RosterProblem } from './roster';

/** What a roster file would do (preview) or did (apply): rows by outcome, and why the others are left out. */
export interface RosterSummary {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** Numbers not on the roster yet. */
  created: number;
  /** Numbers on the roster whose name, kind or unit the file changes. */
  updated: number;
  /** Numbers whose entry already says what the file says: nothing is written for them. */
  unchanged: number;
  /** Rows with a problem; they are never imported. */
  problemCount: number;
  /** The first problem rows (at most ROSTER_PROBLEMS_SHOWN), in file order. */
  problems: RosterProblem[];
  /** Unit names in the file that name no unit (create them, then import again). */
  unknownUnits: string[];
}

const rosterFile = z.object({ fileId: fileIdSchema });

/**
 * The `roster` function: the committee's Excel roster of members (number, name, kind, class/branch).
 * A member who binds with a number on the roster and the same name is approved at once.
 */
export const rosterContract = {
  /** The .xlsx template (headers, and a sheet naming the org units that exist), as a 1-hour link. */
  template: defineAction<ExportResult>()({ params: z.object({}), allow: ['admin'] }),
  /** Claims the admin's upload (.xlsx, ≤ 2 MB) and answers what importing it would do; writes nothing else. */
  preview: defineAction<RosterSummary>()({ params: rosterFile, allow: ['admin'] }),
  /**
   * Reads and validates the file again and writes only the entries that differ; problem rows are
   * skipped. Importing the same file again writes nothing (created = updated = 0).
   */
  apply: defineAction<RosterSummary>()({ params: rosterFile, allow: ['admin'] }),
};

export type RosterContract = typeof rosterContract;
