import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from './db/emulator';
import { createFunctionRegistry } from './host/function-registry';
import { startHost } from './host/host-server';
import { loadSessionSecret } from './host/session-token';
import { startTimerScheduler } from './host/timer-scheduler';
import { createInvocationLog } from './host/invocation-log';
import { ensureCertificateKey } from './certificate-key';
import { ensureCheckinSecret } from './checkin-secret';
import { applyLocalTemplateIds } from './local-templates';
import { LOCAL_ENV_ID, pointSdkAtEmulator } from './sdk-environment';
import { seedDemoActivities } from './seed/demo-activities';
import { seedDatabase } from './seed/seed-database';

export const DEFAULT_PORT = 4400;
const REPO_ROOT = path.resolve(__dirname, '..');

export interface LocalOptions {
  /** Host port; 0 picks a free one. */
  port?: number;
  /** Everything local CloudBase keeps: `db/`, `files/` (uploads), `session-secret`. */
  dataDir?: string;
  /** Run the esbuild bundles (`npm run build:functions`) instead of the TS sources. */
  useBundles?: boolean;
  bundlesDir?: string;
  h5Dir?: string;
  quiet?: boolean;
  /** Run the functions' declared timer triggers on schedule (default true). */
  timers?: boolean;
  /** Also seed the demo term and activities (`npm start`; never in tests). */
  demo?: boolean;
  /**
   * A brand-new environment (`npm start -- --bare`): no seed at all, as a college's first
   * CloudBase would be; the only people who can act are the admins of STARFIRE_ADMIN_OPENIDS
   * (default `local-admin`). Data in `.data-bare/` unless a data dir is given.
   */
  bare?: boolean;
}

/** The first admin of a bare start when STARFIRE_ADMIN_OPENIDS names nobody. */
export const BARE_DEFAULT_ADMIN = 'local-admin';

export interface RunningLocal {
  url: string;
  port: number;
  dataDir: string;
  emulatorUrl: string;
  close(): Promise<void>;
}

/** Set before the host started (the H5 app served elsewhere): it wins over the host's own URL. */
const OPERATOR_H5_ORIGIN = process.env.STARFIRE_H5_ORIGIN?.trim() || '';

/** The data dir a start uses: the one given, else `.data/` (`.data-bare/` for a bare start) in the repository. */
export const localDataDir = (dataDir?: string, bare = false): string =>
  path.resolve(dataDir ?? path.join(REPO_ROOT, bare ? '.data-bare' : '.data'));

/** Database emulator + seed + function host + H5 site, in this one process. */
export const startLocal = async (options: LocalOptions = {}): Promise<RunningLocal> => {
  const dataDir = localDataDir(options.dataDir, options.bare);
  mkdirSync(path.join(dataDir, 'files'), { recursive: true });
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);

  // Local mini-program codes point at the H5 app, whose URL is known once the host listens.
  let appOrigin = '';
  const emulator = await startEmulator({
    appOrigin: () => appOrigin,
    dataDir: path.join(dataDir, 'db'),
    port: 0,
    manifestPath: path.join(REPO_ROOT, 'database', 'manifest.json'),
    logLevel: options.quiet ? 'silent' : 'info',
  });
  try {
    pointSdkAtEmulator(emulator.url);
    applyLocalTemplateIds();
    ensureCheckinSecret();
    ensureCertificateKey(dataDir);
    if (options.bare) {
      if (!process.env.STARFIRE_ADMIN_OPENIDS?.trim()) process.env.STARFIRE_ADMIN_OPENIDS = BARE_DEFAULT_ADMIN;
      log(`bare start: no seed; admins ${process.env.STARFIRE_ADMIN_OPENIDS}`);
    } else {
      const seeded = await seedDatabase();
      log(`seed: ${seeded.inserted} inserted, ${seeded.kept} already present`);
      if (options.demo) log(`demo: ${await seedDemoActivities()} activity/term documents inserted`);
    }

    const registry = createFunctionRegistry({
      useBundles: options.useBundles ?? false,
      repoRoot: REPO_ROOT,
      bundlesDir: options.bundlesDir,
    });
    const invocations = createInvocationLog();
    const host = await startHost({
      invocations,
      port: options.port ?? DEFAULT_PORT,
      h5Dir: options.h5Dir ?? path.join(REPO_ROOT, 'dist-h5'),
      secret: loadSessionSecret(dataDir),
      registry,
      envId: LOCAL_ENV_ID,
      appid: 'wx-local-starfire',
      log: options.quiet ? () => undefined : log,
      outbox: (limit?: number) => emulator.outbox(limit),
      bare: options.bare ?? false,
      console: { engine: emulator.engine, objectsDir: path.join(dataDir, 'db', 'storage', 'objects') },
    });
    appOrigin = host.url;
    // The certificate's QR links to the H5 verify page of this host, unless the operator named one.
    process.env.STARFIRE_H5_ORIGIN = OPERATOR_H5_ORIGIN || host.url;
    const scheduler = options.timers === false ? null : startTimerScheduler({ registry, envId: LOCAL_ENV_ID, log, invocations });
    return {
      url: host.url,
      port: host.port,
      dataDir,
      emulatorUrl: emulator.url,
      close: async () => {
        scheduler?.stop();
        await host.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
};

const argValue = (flag: string): string | undefined => {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const runFromCommandLine = async () => {
  // `--throwaway`: a fresh data dir under the system's temp folder, removed on shutdown (the
  // bare-start browser test starts from nothing each run and leaves nothing behind).
  const throwawayDir = process.argv.includes('--throwaway') ? mkdtempSync(path.join(os.tmpdir(), 'starfire-throwaway-')) : null;
  const removeThrowaway = () => throwawayDir && rmSync(throwawayDir, { recursive: true, force: true });
  const local = await startLocal({
    port: Number(argValue('--port') ?? process.env.PORT ?? DEFAULT_PORT),
    dataDir: throwawayDir ?? argValue('--data-dir') ?? process.env.DATA_DIR,
    useBundles: process.argv.includes('--bundles') || process.env.USE_BUNDLES === '1',
    quiet: process.env.LOG_LEVEL === 'silent',
    bare: process.argv.includes('--bare') || process.env.STARFIRE_BARE === '1',
    demo: process.argv.includes('--demo'),
  }).catch((error: unknown) => {
    // A start that fails (a port in use) must not leave its throwaway folder behind either.
    removeThrowaway();
    throw error;
  });
  console.log(`Starfire local CloudBase ready: ${local.url}`);
  console.log(`Local console (collections, function calls, timers, storage, outbox): ${local.url}_console`);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    local.close().then(
      () => {
        removeThrowaway();
        process.exit(0);
      },
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
};

if (require.main === module) {
  runFromCommandLine().catch((error) => {
    console.error('Starfire local CloudBase failed to start:', error);
    process.exit(1);
  });
}
