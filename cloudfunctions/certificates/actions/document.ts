import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { storeExport } from '../../_lib/storage/export-file.gateway';
import { printableCertificate, printedCertificate, sealImage, verifyLinkOf, verifyQrPng } from '../certificate-artwork';
import { renderCertificatePdf } from '../certificate-pdf';

/** The A4 PDF, made on request from the stored (signed) facts: nothing to keep in step when the seal changes. */
export const document = async ({ params, caller }: ActionInvocation<CertificatesContract['document']>) => {
  const certificate = await printableCertificate(params.certificateNo, caller);
  const [qrPng, seal] = await Promise.all([verifyQrPng(verifyLinkOf(certificate._id, certificate.signature)), sealImage()]);
  const pdf = await renderCertificatePdf(printedCertificate(certificate), { qrPng, seal });
  return storeExport(
    caller.openid,
    `certificate-${certificate._id}`,
    Buffer.from(pdf),
    `志愿服务记录证明-${certificate._id}.pdf`,
    certificate.facts.lines.length,
  );
};
