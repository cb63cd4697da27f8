import nacl from 'tweetnacl';
import { base64Bytes } from './bytes';
import { certificateSignedBytes, type CertificateFacts } from './certificate';
import type { PublicKey, Verification } from './certificates.contract';

/*
 * The verify page's own check of a certificate (issue 18): it does not take the function's word
 * that a certificate is genuine, it checks the Ed25519 signature over the facts it was shown
 * against the published key. tweetnacl, not WebCrypto or a BigInt library: the mini-program's JS
 * engine has neither reliably.
 */

/** An Ed25519 SubjectPublicKeyInfo is this fixed DER header followed by the 32-byte key. */
const ED25519_SPKI_HEADER = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

/** The raw 32-byte key of a published Ed25519 SPKI (base64), or null if it is not one. */
export const ed25519KeyOf = (publicKey: PublicKey): Uint8Array | null => {
  if (publicKey.algorithm !== 'Ed25519') return null;
  const der = base64Bytes(publicKey.spki);
  if (!der || der.length !== ED25519_SPKI_HEADER.length + 32) return null;
  if (ED25519_SPKI_HEADER.some((byte, index) => der[index] !== byte)) return null;
  return der.slice(ED25519_SPKI_HEADER.length);
};

/** True only for a signature (base64url) by this key over exactly these facts. */
export const signatureMatchesFacts = (facts: CertificateFacts, signature: string, publicKey: PublicKey): boolean => {
  if (facts.keyId !== publicKey.keyId) return false;
  const key = ed25519KeyOf(publicKey);
  const bytes = base64Bytes(signature);
  if (!key || !bytes || bytes.length !== nacl.sign.signatureLength) return false;
  return nacl.sign.detached.verify(certificateSignedBytes(facts), bytes, key);
};

/** What the verify page says: 有效, 已撤销, 未找到, or 不是真实证明. */
export type Verdict = 'valid' | 'revoked' | 'not_found' | 'not_genuine';

export const VERDICT_LABELS: Record<Verdict, string> = {
  valid: '有效',
  revoked: '已撤销',
  not_found: '未找到',
  not_genuine: '不是真实证明',
};

/**
 * Judges the function's answer for `certificateNo` (asked without the QR's signature, so an
 * unknown number and a forged signature stay apart). Not genuine: facts for another number, or a
 * signature — the function's or the QR's — that does not verify over the facts with the published key.
 */
export const judgeVerification = (
  certificateNo: string,
  verification: Verification,
  publicKey: PublicKey,
  qrSignature?: string,
): Verdict => {
  if (verification.status === 'unknown' || !verification.facts || !verification.signature) return 'not_found';
  const { facts } = verification;
  if (facts.certificateNo !== certificateNo) return 'not_genuine';
  if (!signatureMatchesFacts(facts, verification.signature, publicKey)) return 'not_genuine';
  if (qrSignature !== undefined && !signatureMatchesFacts(facts, qrSignature, publicKey)) return 'not_genuine';
  return verification.status;
};
