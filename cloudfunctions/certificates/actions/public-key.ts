import type { CertificatesContract } from '@core/certificates.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { publicKeyOf } from '../certificate-signature';

export const publicKey = async (_invocation: ActionInvocation<CertificatesContract['publicKey']>) => publicKeyOf();
