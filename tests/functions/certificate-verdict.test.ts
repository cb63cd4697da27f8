import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { base64Bytes, utf8Bytes } from '@core/bytes';
import type { CertificateFacts } from '@core/certificate';
import type { Verification } from '@core/certificates.contract';
import { ed25519KeyOf, judgeVerification, signatureMatchesFacts } from '@core/certificate-verification';
import { publicKeyOf, signFacts, signingKey } from '../../cloudfunctions/certificates/certificate-signature';

/**
 * The verify page's own signature check (core/certificate-verification.ts, tweetnacl) against
 * what the functions' signer (node:crypto) signs: both read the bytes from one function,
 * `certificateSignedBytes`, so a genuine certificate verifies and any change to it does not.
 */

const useNewKey = () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  process.env.STARFIRE_CERTIFICATE_KEY = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  return publicKeyOf();
};

const factsFor = (keyId: string): CertificateFacts => ({
  format: 1,
  certificateNo: 'SFQC-2026-00042',
  issuedOn: '2026-06-30',
  period: { kind: 'term', label: '2025–2026 学年第二学期' },
  volunteer: { maskedName: '张*明', maskedMemberNo: '2023****15', identityDigest: 'ab'.repeat(32) },
  issuer: { organisation: '星火学院团委', orgCode: 'SFQC', personInCharge: '赵书记', handlingOfficer: '陈老师', contact: '0771-1234567' },
  lines: [
    { day: '2026-03-01', content: '社区义务洗车 🚗', minutes: 120 },
    { day: '2026-03-16', content: '电脑义诊「进社区」', minutes: 45 },
  ],
  totalMinutes: 165,
  keyId,
});

const answer = (facts: CertificateFacts, signature: string, status: 'valid' | 'revoked' = 'valid'): Verification => ({
  status,
  facts,
  signature,
  revokedReason: status === 'revoked' ? '时长更正' : null,
  revokedOn: status === 'revoked' ? '2026-07-01' : null,
});

describe('the verify page’s signature check', () => {
  const saved = process.env.STARFIRE_CERTIFICATE_KEY;
  afterAll(() => {
    process.env.STARFIRE_CERTIFICATE_KEY = saved;
  });

  it('writes UTF-8 and reads base64/base64url exactly as Buffer does', () => {
    for (const text of ['', 'SFQC', '星火学院团委', '义诊🚗「进社区」', 'é\u0000\u07ff\uffff'])
      expect(Buffer.from(utf8Bytes(text))).toEqual(Buffer.from(text, 'utf8'));
    expect(Buffer.from(utf8Bytes('a\ud800b'))).toEqual(Buffer.from('a\ud800b', 'utf8'));
    for (const length of [0, 1, 2, 3, 32, 44, 64]) {
      const bytes = randomBytes(length);
      expect(Buffer.from(base64Bytes(bytes.toString('base64'))!)).toEqual(bytes);
      expect(Buffer.from(base64Bytes(bytes.toString('base64url'))!)).toEqual(bytes);
    }
    for (const bad of ['a', 'ab$c', 'abcde', '星火']) expect(base64Bytes(bad)).toBeNull();
  });

  it('accepts a genuine certificate, valid or revoked, signed by the functions', () => {
    const key = useNewKey();
    expect(ed25519KeyOf(key)).toEqual(Uint8Array.from(signingKey().spki.subarray(12)));
    const facts = factsFor(key.keyId);
    const signature = signFacts(facts);
    expect(signatureMatchesFacts(facts, signature, key)).toBe(true);
    expect(judgeVerification(facts.certificateNo, answer(facts, signature), key, signature)).toBe('valid');
    expect(judgeVerification(facts.certificateNo, answer(facts, signature), key)).toBe('valid');
    expect(judgeVerification(facts.certificateNo, answer(facts, signature, 'revoked'), key, signature)).toBe('revoked');
  });

  it('calls a changed total, a changed name, a tampered signature or another key not genuine', () => {
    const key = useNewKey();
    const facts = factsFor(key.keyId);
    const signature = signFacts(facts);
    const no = facts.certificateNo;

    expect(judgeVerification(no, answer({ ...facts, totalMinutes: 1650 }, signature), key)).toBe('not_genuine');
    const renamed = { ...facts, volunteer: { ...facts.volunteer, maskedName: '李*明' } };
    expect(judgeVerification(no, answer(renamed, signature), key)).toBe('not_genuine');
    const relined = { ...facts, lines: [{ ...facts.lines[0], minutes: 1200 }, facts.lines[1]] };
    expect(judgeVerification(no, answer(relined, signature), key)).toBe('not_genuine');

    const flipped = base64Bytes(signature)!;
    flipped[10] ^= 1;
    const tampered = Buffer.from(flipped).toString('base64url');
    // The QR's signature tampered with while the function answers honestly…
    expect(judgeVerification(no, answer(facts, signature), key, tampered)).toBe('not_genuine');
    expect(judgeVerification(no, answer(facts, signature), key, 'not-a-signature')).toBe('not_genuine');
    // …or the answer's own signature.
    expect(judgeVerification(no, answer(facts, tampered), key)).toBe('not_genuine');
    // Facts genuine, but for another number than the one asked.
    expect(judgeVerification('SFQC-2026-00043', answer(facts, signature), key)).toBe('not_genuine');

    // Another key: signed by it, checked against this one (and the same key id claimed).
    const other = useNewKey();
    const forged = signFacts({ ...facts, keyId: other.keyId });
    expect(judgeVerification(no, answer({ ...facts, keyId: other.keyId }, forged), key)).toBe('not_genuine');
    expect(signatureMatchesFacts(facts, signFacts(facts), key)).toBe(false);
    expect(judgeVerification(no, answer(facts, signature), { ...other, keyId: key.keyId })).toBe('not_genuine');
    expect(ed25519KeyOf({ ...key, spki: key.spki.slice(4) })).toBeNull();
  });

  it('calls an unknown number 未找到', () => {
    const key = useNewKey();
    const unknown: Verification = { status: 'unknown', facts: null, signature: null, revokedReason: null, revokedOn: null };
    expect(judgeVerification('SFQC-2026-99999', unknown, key)).toBe('not_found');
    expect(judgeVerification('SFQC-2026-99999', unknown, key, signFacts(factsFor(key.keyId)))).toBe('not_found');
  });
});
