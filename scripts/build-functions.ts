/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts, `_lib` excluded) into a
 * deployable folder: index.js (shared code and zod inlined, the SDK left external) +
 * package.json whose one dependency is @cloudbase/node-sdk + config.json (open-API permissions).
 * `build/cloudfunctions` is what cloudbaserc.json and project.config.json point at.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..');
const SDK = '@cloudbase/node-sdk';
const SDK_VERSION = '3.18.3';

export interface BuiltFunction {
  name: string;
  bytes: number;
}

export const functionNames = (sourceDir = path.join(REPO_ROOT, 'cloudfunctions')): string[] =>
  readdirSync(sourceDir).filter(
    (name) => !name.startsWith('_') && !name.startsWith('.') && existsSync(path.join(sourceDir, name, 'index.ts')),
  );

export const buildFunctions = async (outDir = path.join(REPO_ROOT, 'build', 'cloudfunctions')): Promise<BuiltFunction[]> => {
  const built: BuiltFunction[] = [];
  for (const name of functionNames()) {
    const target = path.join(outDir, name);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    await build({
      entryPoints: [path.join(REPO_ROOT, 'cloudfunctions', name, 'index.ts')],
      outfile: path.join(target, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node16',
      external: [SDK],
      tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
    });
    writeFileSync(
      path.join(target, 'package.json'),
      `${JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { [SDK]: SDK_VERSION } }, null, 2)}\n`,
    );
    // Open-API permissions and timer triggers are declared here when a function needs them.
    writeFileSync(path.join(target, 'config.json'), `${JSON.stringify({ permissions: { openapi: [] }, triggers: [] }, null, 2)}\n`);
    built.push({ name, bytes: statSync(path.join(target, 'index.js')).size });
  }
  return built;
};

if (require.main === module) {
  const started = Date.now();
  buildFunctions(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (built) => {
      for (const fn of built) console.log(`built ${fn.name}: ${(fn.bytes / 1024).toFixed(1)} KB`);
      console.log(`${built.length} function(s) in ${Date.now() - started} ms`);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
