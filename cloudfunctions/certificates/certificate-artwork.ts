import QRCode from 'qrcode';
import { CERTIFICATE_VERIFY_PAGE, certificateVerifyQuery } from '@core/certificate';
import type { CertificateDocument as PrintedCertificate } from '@core/certificate-layout';
import { ActionError } from '../_lib/action-error';
import type { Caller } from '../_lib/define-function';
import { envText } from '../_lib/env-setting';
import { readObject } from '../_lib/storage/object-store.gateway';
import { readIssuer } from './certificate-settings.repository';
import { findCertificate, type CertificateDocument } from './certificate.repository';

/** A seal image larger than this is not drawn (the slot stays marked): a seal scan is tens of KB. */
const SEAL_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The H5 verify page's link with the number and signature: a plain QR any phone camera opens,
 * in WeChat or not. `STARFIRE_H5_ORIGIN` is where the H5 app is served (the local host sets its own).
 */
export const verifyLinkOf = (certificateNo: string, signature: string): string =>
  `${envText('STARFIRE_H5_ORIGIN', 'https://starfire.invalid').replace(/\/+$/, '')}/#/${CERTIFICATE_VERIFY_PAGE}?${certificateVerifyQuery(certificateNo, signature)}`;

/** The verify QR, PNG bytes: level M, 8 px a module, sharp at 92 pt on paper and on a phone. */
export const verifyQrPng = (link: string): Promise<Buffer> =>
  QRCode.toBuffer(link, { errorCorrectionLevel: 'M', margin: 2, scale: 8, type: 'png' });

/**
 * The certificate a document is made of: its holder's or, for admins, anyone's; revoked ones have
 * no document (the verify page says they are revoked). Unknown and forbidden answer alike.
 */
export const printableCertificate = async (certificateNo: string, caller: Caller): Promise<CertificateDocument> => {
  const certificate = await findCertificate(certificateNo);
  if (!certificate || (certificate.openid !== caller.openid && !(await caller.roles()).includes('admin')))
    throw new ActionError('NOT_FOUND', '证明不存在');
  if (certificate.status !== 'valid') throw new ActionError('CERTIFICATE_REVOKED', '该证明已撤销，不能再下载或保存图片');
  return certificate;
};

export const printedCertificate = (certificate: CertificateDocument): PrintedCertificate => ({
  facts: certificate.facts,
  name: certificate.name,
  memberNo: certificate.memberNo,
});

/** The issuer's seal as configured now (PNG or JPEG bytes), or null: then the slot is left marked for a stamp. */
export const sealImage = async (): Promise<Buffer | null> => {
  const issuer = await readIssuer();
  if (!issuer?.sealFileId) return null;
  const object = await readObject(issuer.sealFileId, SEAL_MAX_BYTES);
  if (!object || object.size === null) return null;
  const bytes = object.head;
  const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg ? bytes : null;
};
