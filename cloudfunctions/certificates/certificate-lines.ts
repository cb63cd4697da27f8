import { certificateLines, type CertificatePeriod } from '@core/certificate';
import { ledgerEntriesOf } from '../_lib/hours/hours-ledger.repository';
import { resolvePeriod } from './certificate-period';

/** Early booking entries were written before the ledger kept titles (as 我的 › 志愿时长 shows them). */
const UNTITLED = '志愿服务';

/**
 * What a certificate over the period lists for the member: only the hours ledger counts, and the
 * ledger holds verified entries only (a booking's confirmed record, an activity's closed attendance,
 * an approved correction).
 */
export const linesFor = async (openid: string, period: CertificatePeriod) => {
  const [resolved, ledger] = await Promise.all([resolvePeriod(period), ledgerEntriesOf(openid)]);
  const covered = ledger
    .map((entry) => ({ verifiedAt: new Date(entry.verifiedAt), title: entry.title || UNTITLED, minutes: entry.minutes }))
    .filter((entry) => resolved.covers(entry.verifiedAt));
  return certificateLines(covered);
};
