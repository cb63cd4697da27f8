import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson, certificateSignedBytes, type CertificateFacts } from '@core/certificate';
import type { PublicKey } from '@core/certificates.contract';
import { ActionError } from '../_lib/action-error';

/**
 * The certificates' Ed25519 signing key, from `STARFIRE_CERTIFICATE_KEY` (the PKCS#8 DER of the
 * private key, base64). It never leaves the functions; locally the host keeps one per data dir
 * (local/certificate-key.ts), so certificates issued before a restart still verify.
 */
interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  spki: Buffer;
}

let cached: { source: string; key: SigningKey } | null = null;

const loadKey = (source: string): SigningKey => {
  const privateKey = createPrivateKey({ key: Buffer.from(source, 'base64'), format: 'der', type: 'pkcs8' });
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicKey, spki, keyId: createHash('sha256').update(spki).digest('hex').slice(0, 16) };
};

/** Missing or malformed is a deployment fault: nothing can be issued or verified, and the log says why. */
export const signingKey = (): SigningKey => {
  const source = process.env.STARFIRE_CERTIFICATE_KEY?.trim() ?? '';
  if (cached?.source === source) return cached.key;
  try {
    if (!source) throw new Error('unset');
    cached = { source, key: loadKey(source) };
    return cached.key;
  } catch (error) {
    console.error(`[certificates] STARFIRE_CERTIFICATE_KEY is missing or not a base64 PKCS#8 Ed25519 key (${(error as Error).message})`);
    throw new ActionError('INTERNAL');
  }
};

export const signFacts = (facts: CertificateFacts): string =>
  sign(null, certificateSignedBytes(facts), signingKey().privateKey).toString('base64url');

/** True only for this key's signature over exactly these facts. */
export const factsVerify = (facts: CertificateFacts, signature: string): boolean => {
  const key = signingKey();
  if (facts.keyId !== key.keyId) return false;
  const bytes = Buffer.from(signature, 'base64url');
  if (bytes.length !== 64) return false;
  return verify(null, certificateSignedBytes(facts), key.publicKey, bytes);
};

export const publicKeyOf = (): PublicKey => {
  const key = signingKey();
  return { algorithm: 'Ed25519', keyId: key.keyId, spki: key.spki.toString('base64') };
};

/** Binds the masked facts to the person: SHA-256 of number, name and member number, hex. */
export const identityDigest = (certificateNo: string, name: string, memberNo: string | null): string =>
  createHash('sha256')
    .update(canonicalJson([certificateNo, name, memberNo]))
    .digest('hex');
