/**
 * Weapp package sizes as WeChat counts them: every file under dist/ that is not
 * inside a subpackage root belongs to the main package. Last stdout line is the
 * JSON figure; exit 1 when any package passes WeChat's 2 MB limit.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const LIMIT_BYTES = 2 * 1024 * 1024;
const dist = path.resolve(__dirname, '..', 'dist');

type AppJson = { subPackages?: { root: string }[]; subpackages?: { root: string }[] };

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function subpackageRoots(): string[] {
  const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as AppJson;
  return (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/+$/, ''));
}

function measure() {
  const roots = subpackageRoots();
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]));
  let mainBytes = 0;
  for (const file of listFiles(dist)) {
    const rel = path.relative(dist, file).split(path.sep).join('/');
    const root = roots.find((r) => rel.startsWith(r + '/'));
    const bytes = statSync(file).size;
    if (root) subpackages[root] += bytes;
    else mainBytes += bytes;
  }
  return { main_bytes: mainBytes, subpackages };
}

if (!existsSync(path.join(dist, 'app.json'))) {
  console.error('dist/ has no weapp build; running npm run build:weapp');
  execSync('npm run build:weapp', { stdio: ['ignore', 'inherit', 'inherit'] });
}

const figures = measure();
const oversized = [['main', figures.main_bytes] as const, ...Object.entries(figures.subpackages)].filter(
  ([, bytes]) => bytes > LIMIT_BYTES,
);
for (const [name, bytes] of oversized) console.error(`${name}: ${bytes} bytes exceeds the 2 MB package limit`);
console.log(JSON.stringify(figures));
process.exit(oversized.length ? 1 : 0);
