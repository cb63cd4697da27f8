import type { RecordsContract } from '@core/records.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { toHoursEntry } from '../../_lib/hours/hours-entry.view';
import { ledgerEntriesOf } from '../../_lib/hours/hours-ledger.repository';
import { listTermDocuments } from '../../_lib/term.repository';

/** One member's verified, unreversed entries, newest first, for an admin to review (and reverse one). */
export const memberHours = async ({ params }: ActionInvocation<RecordsContract['memberHours']>) => {
  const [ledger, terms] = await Promise.all([ledgerEntriesOf(params.openid), listTermDocuments()]);
  const entries = ledger.map((entry) => toHoursEntry(entry, terms));
  return { totalMinutes: entries.reduce((sum, entry) => sum + entry.minutes, 0), entries };
};
