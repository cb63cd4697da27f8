/**
 * Bundle budgets (#16). Weapp package sizes as WeChat counts them: every file under dist/ that is not inside a
 * subpackage root belongs to the main package (≤ 500,000 B; each package under WeChat's 2 MB). H5: the gzipped
 * JavaScript of the first route for a fresh visitor (≤ 150,000 B, scripts/size-h5.ts). Last stdout line is the
 * JSON figure; exit 1 when any budget is passed.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distH5Dir, measureH5FirstRoute } from './size-h5';

const LIMIT_BYTES = 2 * 1024 * 1024;
const MAIN_BUDGET_BYTES = 500_000;
const H5_FIRST_ROUTE_BUDGET_BYTES = 150_000;
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

if (!existsSync(path.join(distH5Dir, 'index.html'))) {
  console.error('dist-h5/ has no build; running npm run build:h5');
  execSync('npm run build:h5', { stdio: ['ignore', 'inherit', 'inherit'] });
}

async function main() {
  const figures = { ...measure(), ...(await measureH5FirstRoute(distH5Dir)) };
  const failures = [['main', figures.main_bytes] as const, ...Object.entries(figures.subpackages)]
    .filter(([, bytes]) => bytes > LIMIT_BYTES)
    .map(([name, bytes]) => `${name}: ${bytes} bytes exceeds the 2 MB package limit`);
  if (figures.main_bytes > MAIN_BUDGET_BYTES)
    failures.push(`weapp main package: ${figures.main_bytes} bytes exceeds its ${MAIN_BUDGET_BYTES} B budget`);
  if (figures.h5_first_route_js_gzip_bytes > H5_FIRST_ROUTE_BUDGET_BYTES)
    failures.push(
      `H5 first route: ${figures.h5_first_route_js_gzip_bytes} B of gzipped JavaScript exceeds its ${H5_FIRST_ROUTE_BUDGET_BYTES} B budget`,
    );
  if (figures.h5_first_route_js_files === 0) failures.push('H5 first route loaded no JavaScript: is dist-h5/ a build?');
  for (const failure of failures) console.error(failure);
  console.log(JSON.stringify(figures));
  process.exit(failures.length ? 1 : 0);
}

void main();
