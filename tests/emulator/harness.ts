import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../local/db/emulator';

process.env.TENCENTCLOUD = 'true';
process.env.SILENCE = 'true';

export const TEST_MANIFEST = join(__dirname, 'manifest.test.json');

export function tempDir(prefix = 'starfire-db-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh emulator on a fresh data directory, and the real SDK pointed at it by serviceUrl only. */
export async function startTestDb(options: Partial<EmulatorOptions> = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const emulator = await startEmulator({ manifestPath: TEST_MANIFEST, ...options, dataDir });
  const app = sdkFor(emulator.url);
  return {
    emulator,
    app,
    // The SDK's typings mark results optional (id?, ids?) and miss some overloads; the tests assert
    // the runtime shape instead, so they use the database untyped.
    db: app.database() as any,
    dataDir,
    close: async () => {
      await emulator.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function sdkFor(url: string) {
  return tcb.init({ env: 'local-env', serviceUrl: url, secretId: 'AKIDlocal', secretKey: 'local-secret', timeout: 60_000 });
}

/** Sends a raw body, as a client other than the SDK would (the SDK clamps limits on its side). */
export async function rawPost(emulator: RunningEmulator | string, body: unknown): Promise<Record<string, unknown>> {
  const url = typeof emulator === 'string' ? emulator : emulator.url;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

export type TestDb = Awaited<ReturnType<typeof startTestDb>>;
