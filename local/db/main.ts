import { parseArgs } from 'node:util';
import { startEmulator } from './emulator';

/** `npm run emulator -- --data-dir .data --port 4401`: the database alone, for tools and crash tests. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: process.env.DATA_DIR ?? '.data' },
      port: { type: 'string', default: process.env.DB_PORT ?? '4401' },
      manifest: { type: 'string' },
      log: { type: 'string', default: process.env.LOG_LEVEL ?? 'info' },
    },
  });
  const emulator = await startEmulator({
    dataDir: values['data-dir']!,
    port: Number(values.port),
    manifestPath: values.manifest,
    logLevel: values.log as 'silent' | 'info' | 'debug',
  });
  console.log(`CloudBase database emulator listening: ${emulator.url}`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
