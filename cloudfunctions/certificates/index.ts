import { certificatesContract } from '@core/certificates.contract';
import { defineFunction } from '../_lib/define-function';
import { apply } from './actions/apply';
import { decline } from './actions/decline';
import { document } from './actions/document';
import { imageParts } from './actions/image-parts';
import { issue } from './actions/issue';
import { issued } from './actions/issued';
import { issuer } from './actions/issuer';
import { mine } from './actions/mine';
import { pending } from './actions/pending';
import { publicKey } from './actions/public-key';
import { reissue } from './actions/reissue';
import { review } from './actions/review';
import { revoke } from './actions/revoke';
import { saveIssuer } from './actions/save-issuer';
import { verify } from './actions/verify';

/**
 * `certificates`: the 志愿服务记录证明 — apply, review, issue (signed, numbered), revoke, and the
 * public verify. Its own function because it holds the signing key, which no other function needs.
 */
export const certificatesFunction = defineFunction({
  name: 'certificates',
  contract: certificatesContract,
  handlers: {
    apply,
    mine,
    pending,
    review,
    issue,
    decline,
    revoke,
    reissue,
    issued,
    issuer,
    saveIssuer,
    document,
    imageParts,
    verify,
    publicKey,
  },
});

export const main = certificatesFunction.main;
