import type { HoursEntryDocument } from '../_lib/hours/hours-ledger.repository';
import { HOURS_LEDGER } from '../_lib/hours/hours-ledger.repository';
import { database } from '../_lib/cloudbase';

/**
 * The member's ledger entries with their titles (the shared `listHoursOf` answers the app's
 * HoursEntry, which has none), newest first: up to 1000, a whole college career.
 */
export const ledgerEntriesOf = async (openid: string): Promise<HoursEntryDocument[]> => {
  const { data } = await database.collection(HOURS_LEDGER).where({ openid }).orderBy('verifiedAt', 'desc').limit(1000).get();
  return data as HoursEntryDocument[];
};
