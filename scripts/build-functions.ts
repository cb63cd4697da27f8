/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts, `_lib` excluded) into a
 * deployable folder: index.js (shared code and zod inlined, the SDK left external) +
 * package.json whose one dependency is @cloudbase/node-sdk + config.json (open-API permissions and
 * timer triggers, from the function folder's own config.json, checked against cloudbaserc.json)
 * + the files its assets.json lists (`{ from: <package path>, to: <path in the folder> }`, e.g.
 * the certificates' font), which the function reads next to index.js.
 * `build/cloudfunctions` is what cloudbaserc.json and project.config.json point at.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFunctionConfig, type TimerTrigger } from '../local/host/function-config';

const REPO_ROOT = path.resolve(__dirname, '..');
const SDK = '@cloudbase/node-sdk';
const SDK_VERSION = '3.18.3';

export interface BuiltFunction {
  name: string;
  /** index.js */
  bytes: number;
  /** The copied assets together. */
  assetBytes: number;
}

/** Copies the function's assets.json entries into its folder; answers their bytes. */
const copyAssets = (name: string, target: string): number => {
  const list = path.join(REPO_ROOT, 'cloudfunctions', name, 'assets.json');
  if (!existsSync(list)) return 0;
  let bytes = 0;
  for (const asset of JSON.parse(readFileSync(list, 'utf8')) as { from: string; to: string }[]) {
    const destination = path.join(target, asset.to);
    mkdirSync(path.dirname(destination), { recursive: true });
    copyFileSync(require.resolve(asset.from, { paths: [REPO_ROOT] }), destination);
    bytes += statSync(destination).size;
  }
  return bytes;
};

export const functionNames = (sourceDir = path.join(REPO_ROOT, 'cloudfunctions')): string[] =>
  readdirSync(sourceDir).filter(
    (name) => !name.startsWith('_') && !name.startsWith('.') && existsSync(path.join(sourceDir, name, 'index.ts')),
  );

export const buildFunctions = async (
  outDir = path.join(REPO_ROOT, 'build', 'cloudfunctions'),
  /** Build only these (tests that need one bundle); default all. */
  only?: string[],
): Promise<BuiltFunction[]> => {
  const built: BuiltFunction[] = [];
  for (const name of functionNames().filter((candidate) => !only || only.includes(candidate))) {
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
    // Open-API permissions and timer triggers, as WeChat's tools and CloudBase read them.
    const config = readFunctionConfig(path.join(REPO_ROOT, 'cloudfunctions', name, 'config.json'));
    assertSameTriggers(name, config.triggers);
    writeFileSync(path.join(target, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
    built.push({ name, bytes: statSync(path.join(target, 'index.js')).size, assetBytes: copyAssets(name, target) });
  }
  return built;
};

/**
 * The CloudBase CLI deploys triggers from cloudbaserc.json, WeChat's tools from config.json: a
 * difference would make the two deploy paths schedule different jobs, so the build refuses it.
 */
const assertSameTriggers = (name: string, triggers: TimerTrigger[]) => {
  const rc = JSON.parse(readFileSync(path.join(REPO_ROOT, 'cloudbaserc.json'), 'utf8')) as {
    functions?: { name: string; triggers?: TimerTrigger[] }[];
  };
  const declared = rc.functions?.find((fn) => fn.name === name)?.triggers ?? [];
  const key = (list: TimerTrigger[]) => JSON.stringify(list.map(({ name: n, type, config }) => [n, type, config]).sort());
  if (key(declared) !== key(triggers)) {
    throw new Error(`${name}: timer triggers differ between cloudfunctions/${name}/config.json and cloudbaserc.json`);
  }
};

if (require.main === module) {
  const started = Date.now();
  buildFunctions(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (built) => {
      for (const fn of built)
        console.log(
          `built ${fn.name}: ${(fn.bytes / 1024).toFixed(1)} KB${fn.assetBytes ? ` + assets ${(fn.assetBytes / 1024 / 1024).toFixed(2)} MB` : ''}`,
        );
      console.log(`${built.length} function(s) in ${Date.now() - started} ms`);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
