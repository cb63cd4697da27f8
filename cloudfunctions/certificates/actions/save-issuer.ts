import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { claimUpload } from '../../_lib/storage/claim-upload';
import { readIssuer, writeIssuer } from '../certificate-settings.repository';

/**
 * Issuer fields apply to certificates issued from now on; those already issued keep the block
 * they signed. A new seal image is claimed (admins' own upload, an image); the one already set is
 * kept as it is, whichever admin uploaded it.
 */
export const saveIssuer = async ({ params, caller }: ActionInvocation<CertificatesContract['saveIssuer']>) => {
  const current = await readIssuer();
  if (params.sealFileId && params.sealFileId !== current?.sealFileId)
    await claimUpload(params.sealFileId, caller, { purpose: 'certificate-seal' });
  await writeIssuer(params, caller.openid);
  return { issuer: params };
};
