import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Set by the operator before the host started: theirs wins over the data dir's. */
const operatorKey = process.env.STARFIRE_CERTIFICATE_KEY?.trim() || null;

const KEY_FILE = 'certificate-signing-key.txt';

/**
 * The certificates' signing key the functions read from `STARFIRE_CERTIFICATE_KEY` (base64
 * PKCS#8 DER, Ed25519). Deployed, an environment variable of `certificates` (cloudbaserc.json).
 * Locally, unless the operator set one, it is kept in the data dir and made on its first start:
 * unlike check-in codes, which live seconds, a certificate must still verify after a restart, and a
 * fresh data dir (a test, `--throwaway`) has no certificates for a new key to orphan.
 */
export const ensureCertificateKey = (dataDir: string): string => {
  if (operatorKey) return operatorKey;
  const file = path.join(dataDir, KEY_FILE);
  let key = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  if (!key) {
    const { privateKey } = generateKeyPairSync('ed25519');
    key = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    writeFileSync(file, `${key}\n`, { mode: 0o600 });
  }
  process.env.STARFIRE_CERTIFICATE_KEY = key;
  return key;
};
