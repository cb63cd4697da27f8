import type { CertificateFacts } from '@core/certificate';
import { database } from '../_lib/cloudbase';
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

/**
 * The next serial of (organisation, year). One atomic increment on the counter document
 * (findAndModify): any number of concurrent issues each get a different serial, in a row, without
 * the conflicts a transaction on one hot document would meet. The counter is created on first use;
 * of two creating it at once, the loser's insert fails as a duplicate and it increments the winner's.
 */
export const nextSerial = async (orgCode: string, year: number): Promise<number> => {
  const counterId = `${orgCode}:${year}`;
  const increment = async () => {
    const { doc } = await counters()
      .where({ _id: counterId })
      .updateAndReturn({ last: database.command.inc(1) });
    return (doc as { last?: number } | null | undefined)?.last ?? null;
  };
  const serial = await increment();
  if (serial !== null) return serial;
  try {
    await counters().add({ _id: counterId, orgCode, year, last: 0 });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
  }
  const retried = await increment();
  if (retried === null) throw new Error(`certificate counter ${counterId} vanished`);
  return retried;
};

export const insertCertificate = async (certificate: CertificateDocument): Promise<void> => {
  await certificates().add(certificate);
};

export const findCertificate = async (certificateNo: string): Promise<CertificateDocument | null> => {
  const { data } = await certificates().doc(certificateNo).get();
  return ((Array.isArray(data) ? data[0] : data) as CertificateDocument | undefined) ?? null;
};

export const certificatesOf = async (openid: string): Promise<CertificateDocument[]> => {
  const { data } = await certificates().where({ openid }).orderBy('issuedAt', 'desc').limit(100).get();
  return data as CertificateDocument[];
};

/** valid → revoked, once; false when it was already revoked (or is not there). */
export const revokeCertificate = async (certificateNo: string, by: string, reason: string): Promise<boolean> => {
  const { updated } = await certificates()
    .where({ _id: certificateNo, status: 'valid' })
    .update({ status: 'revoked', revokedBy: by, revokedAt: new Date(), revokedReason: reason });
  return (updated ?? 0) > 0;
};
