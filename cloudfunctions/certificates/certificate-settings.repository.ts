import type { IssuerSettings } from '@core/certificates.contract';
import { database } from '../_lib/cloudbase';

/** `certificate_settings`: the issuer block admins configure, one document `issuer`. The owner of the collection. */
const settings = () => database.collection('certificate_settings');
const ISSUER_ID = 'issuer';

export const readIssuer = async (): Promise<IssuerSettings | null> => {
  const { data } = await settings().doc(ISSUER_ID).get();
  const found = (Array.isArray(data) ? data[0] : data) as (IssuerSettings & { _id: string }) | undefined;
  if (!found) return null;
  const { organisation, orgCode, personInCharge, handlingOfficer, contact, sealFileId } = found;
  return { organisation, orgCode, personInCharge, handlingOfficer, contact, sealFileId: sealFileId ?? null };
};

export const writeIssuer = async (issuer: IssuerSettings, by: string): Promise<void> => {
  await settings()
    .doc(ISSUER_ID)
    .set({ ...issuer, updatedBy: by, updatedAt: new Date() });
};
