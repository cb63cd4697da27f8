import type { CertificateFacts } from '@core/certificate';
import { certificateNoSchema } from '@core/certificates.contract';
import type { Page } from '@core/page.schema';
import { database } from '../_lib/cloudbase';
import { key } from '../_lib/keyset/key-fields';
import { keyset } from '../_lib/keyset/keyset';
import { readKeysetPage } from '../_lib/keyset/keyset-page.repository';
import { isDuplicateWrite } from '../_lib/database-error';

/**
 * `certificates` (issued certificates, `_id` = the certificate number) and `certificate_counters`
 * (one document per organisation code and year: the last serial handed out). The owner of both.
 */
export interface CertificateDocument {
  _id: string;
  openid: string;
  applicationId: string;
  /** Exactly what was signed. */
  facts: CertificateFacts;
  signature: string;
  /** The volunteer unmasked, for the holder's own printout; never in what verify answers. */
  name: string;
  memberNo: string | null;
  status: 'valid' | 'revoked';
  issuedBy: string;
  issuedAt: Date;
  revokedBy: string | null;
  revokedAt: Date | null;
  revokedReason: string | null;
}

const certificates = () => database.collection('certificates');
const counters = () => database.collection('certificate_counters');

interface CounterDocument {
  _id: string;
  last: number;
  /** Every application that took a serial, in the order of the serials: `holders[k]` took `last - holders.length + 1 + k`. */
  holders?: string[];
}

/** The serial `applicationId` holds on this counter, if it took one; the invariant `last - holders.length` is constant. */
const serialHeldBy = (counter: CounterDocument | null | undefined, applicationId: string): number | null => {
  const holders = counter?.holders ?? [];
  const index = holders.indexOf(applicationId);
  return index < 0 || !counter ? null : counter.last - holders.length + 1 + index;
};

/**
 * The serial of (organisation, year) an application holds, taken on its first call. One atomic
 * findAndModify on the counter document both increments `last` and appends the application to
 * `holders`, and only while the application is not among them: any number of concurrent issues
 * each get a different serial, in a row, without the conflicts a transaction on one hot document
 * would meet, and an issue resumed after a crash (or retried twice at once) gets the serial it
 * already took, never a second one. The counter is created on first use; of two creating it at
 * once, the loser's insert fails as a duplicate and it increments the winner's.
 */
export const serialFor = async (orgCode: string, year: number, applicationId: string): Promise<number> => {
  const counterId = `${orgCode}:${year}`;
  const take = async (): Promise<number | null> => {
    const { doc } = await counters()
      .where({ _id: counterId, holders: database.command.neq(applicationId) })
      .updateAndReturn({ last: database.command.inc(1), holders: database.command.push(applicationId) });
    if (doc) return (doc as CounterDocument).last;
    const { data } = await counters().doc(counterId).get();
    const counter = (Array.isArray(data) ? data[0] : data) as CounterDocument | undefined;
    return counter ? serialHeldBy(counter, applicationId) : null;
  };
  const serial = await take();
  if (serial !== null) return serial;
  try {
    await counters().add({ _id: counterId, orgCode, year, last: 0, holders: [] });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
  const retried = await take();
  if (retried === null) throw new Error(`certificate counter ${counterId} lost the serial of ${applicationId}`);
  return retried;
};

/** Writes the certificate; false when one with its number is already there (a resumed issue finds its own). */
export const insertCertificate = async (certificate: CertificateDocument): Promise<boolean> => {
  try {
    await certificates().add(certificate);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
};

export const findCertificate = async (certificateNo: string): Promise<CertificateDocument | null> => {
  const { data } = await certificates().doc(certificateNo).get();
  return ((Array.isArray(data) ? data[0] : data) as CertificateDocument | undefined) ?? null;
};

export const certificatesOf = async (openid: string): Promise<CertificateDocument[]> => {
  const { data } = await certificates().where({ openid }).orderBy('issuedAt', 'desc').limit(100).get();
  return data as CertificateDocument[];
};

const NEWEST_FIRST = keyset({ issuedAt: key.date('desc'), _id: key.id('desc', certificateNoSchema) });

/** Every issued certificate, newest first, one page after `cursor` (index `issuedAt_id`). */
export const issuedCertificates = (page: { cursor?: string; limit: number }): Promise<Page<CertificateDocument>> =>
  readKeysetPage<CertificateDocument>(certificates(), NEWEST_FIRST, {}, page);

/** valid → revoked, once; false when it was already revoked (or is not there). */
export const revokeCertificate = async (certificateNo: string, by: string, reason: string): Promise<boolean> => {
  const { updated } = await certificates()
    .where({ _id: certificateNo, status: 'valid' })
    .update({ status: 'revoked', revokedBy: by, revokedAt: new Date(), revokedReason: reason });
  return (updated ?? 0) > 0;
};
