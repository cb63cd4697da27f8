import type { HoursSource } from '@core/hours.types';
import type { TransactionScope } from '../transaction.repository';
import { HOURS_LEDGER, hoursEntryId, type HoursCredit, type HoursEntryDocument } from './hours-ledger.repository';

/**
 * `creditHours` inside a transaction: the entry is written with the change that earns it (a manual
 * check-out, an approved correction), so the two can never disagree. Its deterministic `_id` still
 * refuses a second credit of the same (source, volunteer): the insert fails and the whole
 * transaction rolls back.
 */
export const creditInTransaction = async (
  tx: TransactionScope,
  source: HoursSource,
  credit: HoursCredit,
  verification: { verifiedBy: string; verifiedAt: Date; teamId: string | null; title: string },
): Promise<void> => {
  const entry: HoursEntryDocument = {
    _id: hoursEntryId(source, credit.openid),
    openid: credit.openid,
    source: { kind: source.kind, id: source.id },
    minutes: credit.minutes,
    verifiedBy: verification.verifiedBy,
    verifiedAt: verification.verifiedAt,
    teamId: verification.teamId,
    title: verification.title,
  };
  await tx.collection(HOURS_LEDGER).add(entry);
};
