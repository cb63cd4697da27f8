/**
 * `npm run data -- export DIR` / `npm run data -- import DIR` — snapshots of a local data dir
 * (collections with their documents and indexes, the open API's outbox, storage objects, the
 * session secret), as `firebase emulators:export/import`. Export works while `npm start` runs;
 * import builds a fresh data dir and refuses a non-empty one unless `--force` (stop the local
 * CloudBase on it first). The data dir is `--data-dir`, else DATA_DIR, else `.data/`.
 */
import { parseArgs } from 'node:util';
import { exportDataDir, importDataDir, SnapshotError } from '../local/snapshot/data-snapshot';
import { localDataDir } from '../local/start';

const USAGE = '用法：npm run data -- export <快照目录> | import <快照目录> [--data-dir <数据目录>] [--force]';

const main = () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const [command, snapshotDir] = positionals;
  if ((command !== 'export' && command !== 'import') || !snapshotDir || positionals.length !== 2) {
    console.error(USAGE);
    process.exit(2);
  }
  const dataDir = localDataDir(values['data-dir'] ?? process.env.DATA_DIR);
  const summary =
    command === 'export'
      ? exportDataDir(dataDir, snapshotDir, { force: values.force })
      : importDataDir(snapshotDir, dataDir, { force: values.force });
  console.log(JSON.stringify({ command, dataDir, snapshotDir, ...summary }));
};

try {
  main();
} catch (error) {
  console.error(error instanceof SnapshotError ? error.message : error);
  process.exit(1);
}
