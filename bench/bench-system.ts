import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFunctionRegistry } from '../local/host/function-registry';
import { startHost } from '../local/host/host-server';
import { signSession } from '../local/host/session-token';
import { LOCAL_ENV_ID, pointSdkAtEmulator } from '../local/sdk-environment';
import { spawnEmulator } from './spawn-emulator';

const ROOT = join(__dirname, '..');

export interface FunctionReply {
  ok: boolean;
  code?: string;
  message?: string;
  data?: any;
}

/**
 * The local system as the feature benchmarks measure it: the emulator in its own process (so the
 * client's CPU is not counted against it) and the function host in this one, as `local/start.ts`
 * runs it, with the SDK of this process pointed at the emulator by configuration only.
 */
export async function startBenchSystem(label: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `starfire-bench-${label}-`));
  const emulator = await spawnEmulator(join(dataDir, 'db'), join(ROOT, 'database', 'manifest.json'));
  pointSdkAtEmulator(emulator.url);
  const secret = randomBytes(32).toString('hex');
  const registry = createFunctionRegistry({ useBundles: false, repoRoot: ROOT });
  const host = await startHost({
    port: 0,
    h5Dir: join(dataDir, 'no-h5'),
    secret,
    registry,
    envId: LOCAL_ENV_ID,
    appid: 'wx-bench',
    log: () => undefined,
  }).catch(async (error) => {
    await emulator.stop();
    throw error;
  });

  /** One function call through the host, signed in as `openid` the way the H5 app is. */
  const callAs = async (fn: string, openid: string, payload: Record<string, unknown>): Promise<FunctionReply> => {
    const res = await fetch(`${host.url}api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signSession(secret, openid)}` },
      body: JSON.stringify(payload),
    });
    return (await res.json()) as FunctionReply;
  };

  const stop = async () => {
    await host.close();
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  /** The session a signed-in phone holds, for load generators that bring their own HTTP client. */
  const sessionToken = (openid: string) => signSession(secret, openid);

  return { dataDir, emulator, host, registry, envId: LOCAL_ENV_ID, callAs, sessionToken, stop };
}
