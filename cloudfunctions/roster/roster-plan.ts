import { ROSTER_PROBLEMS_SHOWN, sameRosterEntry, type ValidatedRoster } from '@core/roster';
import type { RosterSummary } from '@core/roster.contract';
import { findRosterEntries, type RosterEntryDocument } from '../_lib/roster-entry.repository';

/** What applying a validated file would write against the roster as stored now. */
export interface RosterPlan {
  summary: RosterSummary;
  created: RosterEntryDocument[];
  changed: RosterEntryDocument[];
}

export const planRoster = async (file: ValidatedRoster & { rows: number }, importedBy: string): Promise<RosterPlan> => {
  const stored = await findRosterEntries(file.entries.map((entry) => entry.memberNo));
  const importedAt = new Date();
  const created: RosterEntryDocument[] = [];
  const changed: RosterEntryDocument[] = [];
  for (const { row: _row, ...fields } of file.entries) {
    const existing = stored.get(fields.memberNo);
    if (existing && sameRosterEntry(existing, fields)) continue;
    (existing ? changed : created).push({ _id: fields.memberNo, ...fields, importedAt, importedBy });
  }
  return {
    created,
    changed,
    summary: {
      rows: file.rows,
      created: created.length,
      updated: changed.length,
      unchanged: file.entries.length - created.length - changed.length,
      problemCount: file.problems.length,
      problems: file.problems.slice(0, ROSTER_PROBLEMS_SHOWN),
      unknownUnits: file.unknownUnits,
    },
  };
};
