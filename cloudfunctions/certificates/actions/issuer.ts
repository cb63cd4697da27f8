import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { readIssuer } from '../certificate-settings.repository';

export const issuer = async (_invocation: ActionInvocation<CertificatesContract['issuer']>) => ({ issuer: await readIssuer() });
