import type { CertificateImageParts, CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { printableCertificate, sealImage, verifyLinkOf, verifyQrPng } from '../certificate-artwork';

const dataUrl = (bytes: Buffer) => `data:${bytes[0] === 0x89 ? 'image/png' : 'image/jpeg'};base64,${bytes.toString('base64')}`;

/** The QR and seal the app draws with the facts it already has (mine, or the admin list) into the image. */
export const imageParts = async ({
  params,
  caller,
}: ActionInvocation<CertificatesContract['imageParts']>): Promise<CertificateImageParts> => {
  const certificate = await printableCertificate(params.certificateNo, caller);
  const verifyLink = verifyLinkOf(certificate._id, certificate.signature);
  const [qrPng, seal] = await Promise.all([verifyQrPng(verifyLink), sealImage()]);
  return { qrImage: dataUrl(qrPng), sealImage: seal ? dataUrl(seal) : null, verifyLink };
};
