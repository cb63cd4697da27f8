import { canonicalJson } from '@core/certificate';
import type { OutOfDateCertificate } from '@core/certificates.contract';
import { findApplication } from './certificate-application.repository';
import { linesFor } from './certificate-lines';
import { certificatesOf } from './certificate.repository';

/**
 * The member's valid certificates that no longer state what the ledger holds over their period
 * (an approved correction added hours after they were issued): compared line by line, so any
 * change to the entries a certificate lists shows, whatever changed them.
 */
export const outOfDateCertificatesOf = async (openid: string): Promise<OutOfDateCertificate[]> => {
  const valid = (await certificatesOf(openid)).filter((certificate) => certificate.status === 'valid');
  const checked = await Promise.all(
    valid.map(async (certificate) => {
      const application = await findApplication(certificate.applicationId);
      if (!application) return null;
      const now = await linesFor(openid, application.period);
      if (canonicalJson(now.lines) === canonicalJson(certificate.facts.lines)) return null;
      return {
        certificateNo: certificate._id,
        periodLabel: certificate.facts.period.label,
        certifiedMinutes: certificate.facts.totalMinutes,
        currentMinutes: now.totalMinutes,
      };
    }),
  );
  return checked.filter((one): one is OutOfDateCertificate => one !== null);
};
