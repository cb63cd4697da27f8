import type { CertificateImageParts, CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { printableCertificate, sealImage, verifyLinkOf, verifyQrPng } from '../certificate-artwork';
import { toIssuedCertificate } from '../certificate.view';

const dataUrl = (bytes: Buffer) => `data:${bytes[0] === 0x89 ? 'image/png' : 'image/jpeg'};base64,${bytes.toString('base64')}`;

/** The certificate, its QR and the seal: all the app's image page draws, for the holder or an admin. */
export const imageParts = async ({
  params,
  caller,
}: ActionInvocation<CertificatesContract['imageParts']>): Promise<CertificateImageParts> => {
  const certificate = await printableCertificate(params.certificateNo, caller);
  const verifyLink = verifyLinkOf(certificate._id, certificate.signature);
  const [qrPng, seal] = await Promise.all([verifyQrPng(verifyLink), sealImage()]);
  return { certificate: toIssuedCertificate(certificate), qrImage: dataUrl(qrPng), sealImage: seal ? dataUrl(seal) : null, verifyLink };
};
