import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { issuedCertificates } from '../certificate.repository';
import { toIssuedCertificateRow } from '../certificate.view';

/** 已出具: one page of every issued certificate, newest first; revoked ones stay listed with their reason. */
export const issued = async ({ params }: ActionInvocation<CertificatesContract['issued']>) => {
  const page = await issuedCertificates({ cursor: params.cursor, limit: params.limit });
  return { items: page.items.map(toIssuedCertificateRow), nextCursor: page.nextCursor };
};
