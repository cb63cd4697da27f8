import { generateKeyPairSync } from 'node:crypto';
import type { Verification } from '@core/certificates.contract';
import { publicKeyOf, signFacts } from '../../cloudfunctions/certificates/certificate-signature';
import { sampleCertificate } from '../functions/certificate-sample';
import { createWeappHarness, type SimulatedComponent, type WeappHarness, waitFor } from './weapp-harness';

// 查验证明 in the real weapp build (issue 18): facts signed by the functions' own signing code with a
// real Ed25519 key, that key published through certificates.publicKey; the page must check the
// signature itself (tweetnacl) and say 有效, or 不是真实证明 for a forged QR signature or altered facts.
// WeChat's JS engine has no WebCrypto: the simulated client has no `crypto.getRandomValues` either,
// proving verification needs no randomness.
const { privateKey } = generateKeyPairSync('ed25519');
process.env.STARFIRE_CERTIFICATE_KEY = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const key = publicKeyOf();
const facts = { ...sampleCertificate(2, 'SFQC-2026-00077').facts, keyId: key.keyId };
const signature = signFacts(facts);
/** The signature with one byte changed, as a forged QR would carry it. */
const flipped = (() => {
  const bytes = Buffer.from(signature, 'base64url');
  bytes[10] ^= 0x01;
  return bytes.toString('base64url');
})();

let weapp: WeappHarness;
let verification: Verification;

const open = (query: Record<string, string>): SimulatedComponent => weapp.openPage('packages/certificates/verify/index', query);
const verdictOf = async (page: SimulatedComponent) =>
  (await waitFor(() => page.querySelector('.certificate-verify__verdict-label'))).dom.textContent;

beforeAll(() => {
  Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
  weapp = createWeappHarness();
  weapp.answerCloud(({ name, data }) => {
    if (name === 'certificates' && data.action === 'publicKey') return { ok: true, data: key };
    if (name === 'certificates' && data.action === 'verify') return { ok: true, data: verification };
    return { ok: false, code: 'UNKNOWN_ACTION', message: '不支持的操作' };
  });
});

beforeEach(() => {
  verification = { status: 'valid', facts, signature, revokedReason: null, revokedOn: null };
});

test('the simulated client offers no crypto.getRandomValues', () => {
  expect((globalThis as { crypto?: Crypto }).crypto?.getRandomValues).toBeUndefined();
});

test('a scanned QR (no, sig) whose signature verifies against the published key reads 有效 with the signed facts', async () => {
  const page = open({ no: encodeURIComponent(facts.certificateNo), sig: encodeURIComponent(signature) });
  expect(await verdictOf(page)).toBe('有效');
  const text = page.dom.textContent ?? '';
  expect(text).toContain('签名已在本机核对');
  expect(text).toContain('志愿者：李*明（编号 20******15）');
  expect(text).toContain(facts.lines[0].content);
  expect(weapp.cloudCalls.map((call) => call.data)).toEqual(
    expect.arrayContaining([{ action: 'publicKey' }, { action: 'verify', certificateNo: 'SFQC-2026-00077' }]),
  );
});

test('a QR signature with one byte flipped reads 不是真实证明 and shows no facts', async () => {
  const page = open({ no: facts.certificateNo, sig: flipped });
  expect(await verdictOf(page)).toBe('不是真实证明');
  expect(page.dom.textContent).not.toContain('志愿者：');
});

test('facts altered after signing (hours raised) read 不是真实证明 even without a QR signature', async () => {
  verification = { ...verification, facts: { ...facts, totalMinutes: facts.totalMinutes + 60 } };
  const page = open({ no: facts.certificateNo });
  expect(await verdictOf(page)).toBe('不是真实证明');
});

test('a function signature with one byte flipped reads 不是真实证明', async () => {
  verification = { ...verification, signature: flipped };
  const page = open({ no: facts.certificateNo });
  expect(await verdictOf(page)).toBe('不是真实证明');
});
