import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dumpDatabase, restoreDatabase } from './database-dump';

/**
 * `npm run data -- export DIR` / `import DIR`: a snapshot of a whole local data dir, as
 * `firebase emulators:export/import` makes one. Every emulator database in it (a
 * `cloudbase.sqlite`, e.g. `db/` under `npm start`'s dir) becomes readable files under
 * `databases/`; every other file (storage objects, the session secret, …) is copied under `files/`.
 */
const FORMAT = 'starfire-local-data';
const VERSION = 1;
const DATABASE_FILE = 'cloudbase.sqlite';
/** SQLite's side files: their content is in the dump. */
const DATABASE_SIDE_FILES = new Set([`${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]);

interface SnapshotManifest {
  format: typeof FORMAT;
  version: number;
  exportedAt: string;
  /** Database folder inside the data dir ('.' for its root) → its dump folder inside the snapshot. */
  databases: Record<string, string>;
  files: string[];
}

export interface SnapshotSummary {
  databases: Record<string, { collections: number; documents: number; tables: number }>;
  files: number;
}

export class SnapshotError extends Error {}

const isEmptyOrMissing = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** A target may be written if it is missing or empty, or when the caller forces it. */
const requireWritable = (dir: string, force: boolean, what: string) => {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new SnapshotError(`${dir} 不是目录`);
  if (!force && !isEmptyOrMissing(dir)) throw new SnapshotError(`${what} ${dir} 不是空目录；确认要覆盖请加 --force`);
};

/** Every file under `root`, as paths relative to it (forward slashes). */
const walk = (root: string, rel = ''): string[] =>
  readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(root, child) : entry.isFile() ? [child] : [];
  });

const summarise = (dumps: Record<string, ReturnType<typeof dumpDatabase>>, files: number): SnapshotSummary => ({
  databases: Object.fromEntries(
    Object.entries(dumps).map(([dir, dump]) => [
      dir,
      {
        collections: dump.collections.length,
        documents: dump.collections.reduce((sum, c) => sum + c.documents, 0),
        tables: dump.tables.length,
      },
    ]),
  ),
  files,
});

/** Builds the snapshot in a sibling folder and moves it into place, so a failed run leaves no half snapshot behind. */
const writeAtomically = <T>(target: string, force: boolean, build: (staging: string) => T): T => {
  const staging = `${path.resolve(target)}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const result = build(staging);
    if (force) rmSync(target, { recursive: true, force: true });
    else if (existsSync(target)) rmSync(target, { recursive: true }); // empty (checked before)
    mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    renameSync(staging, target);
    return result;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
};

export const exportDataDir = (dataDir: string, snapshotDir: string, options: { force?: boolean } = {}): SnapshotSummary => {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) throw new SnapshotError(`数据目录 ${dataDir} 不存在`);
  requireWritable(snapshotDir, options.force ?? false, '导出目录');
  return writeAtomically(snapshotDir, options.force ?? false, (staging) => {
    const all = walk(dataDir);
    const databases: Record<string, string> = {};
    const dumps: Record<string, ReturnType<typeof dumpDatabase>> = {};
    const files: string[] = [];
    for (const rel of all) {
      const name = path.posix.basename(rel);
      const dir = path.posix.dirname(rel);
      if (name === DATABASE_FILE) {
        const target = `databases/${dir === '.' ? 'root' : dir}`;
        dumps[dir] = dumpDatabase(path.join(dataDir, rel), path.join(staging, target));
        databases[dir] = target;
      } else if (!DATABASE_SIDE_FILES.has(name)) {
        mkdirSync(path.join(staging, 'files', dir), { recursive: true });
        copyFileSync(path.join(dataDir, rel), path.join(staging, 'files', rel));
        files.push(rel);
      }
    }
    const manifest: SnapshotManifest = { format: FORMAT, version: VERSION, exportedAt: new Date().toISOString(), databases, files };
    writeFileSync(path.join(staging, 'snapshot.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return summarise(dumps, files.length);
  });
};

const readManifest = (snapshotDir: string): SnapshotManifest => {
  const file = path.join(snapshotDir, 'snapshot.json');
  if (!existsSync(file)) throw new SnapshotError(`${snapshotDir} 不是数据快照（缺少 snapshot.json）`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<SnapshotManifest>;
  if (manifest.format !== FORMAT || manifest.version !== VERSION)
    throw new SnapshotError(`${snapshotDir} 的快照格式 ${String(manifest.format)} v${String(manifest.version)} 无法导入`);
  return manifest as SnapshotManifest;
};

/** Never outside the target: every relative path of a snapshot stays below its root. */
const inside = (root: string, rel: string) => {
  const full = path.resolve(root, rel);
  if (full !== path.resolve(root) && !full.startsWith(path.resolve(root) + path.sep)) throw new SnapshotError(`快照中的路径 ${rel} 越界`);
  return full;
};

/** Recreates a data dir from a snapshot; refuses a non-empty target unless forced. Stop the local CloudBase on it first. */
export const importDataDir = (snapshotDir: string, dataDir: string, options: { force?: boolean } = {}): SnapshotSummary => {
  const manifest = readManifest(snapshotDir);
  requireWritable(dataDir, options.force ?? false, '数据目录');
  return writeAtomically(dataDir, options.force ?? false, (staging) => {
    for (const rel of manifest.files) {
      const target = inside(staging, rel);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(inside(path.join(snapshotDir, 'files'), rel), target);
    }
    const dumps: Record<string, ReturnType<typeof restoreDatabase>> = {};
    for (const [dir, dumpDir] of Object.entries(manifest.databases)) {
      dumps[dir] = restoreDatabase(inside(snapshotDir, dumpDir), inside(staging, dir));
    }
    return summarise(dumps, manifest.files.length);
  });
};
