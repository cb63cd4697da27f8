import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readFunctionConfig } from '../../local/host/function-config';
import { functionNames } from '../../scripts/build-functions';

const ROOT = path.resolve(__dirname, '../..');

/** A function's deployed bundle, as `npm run build:functions` makes it (one build per function per run). */
const bundles = new Map<string, Promise<string>>();
const bundleOf = (name: string): Promise<string> => {
  if (!bundles.has(name)) bundles.set(name, buildBundle(name));
  return bundles.get(name)!;
};
const buildBundle = async (name: string): Promise<string> => {
  const result = await build({
    entryPoints: [path.join(ROOT, 'cloudfunctions', name, 'index.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    external: ['@cloudbase/node-sdk'],
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
};

/** Every `STARFIRE_*` name in a function's deployed bundle: what that function can read. */
const variablesRead = async (name: string): Promise<string[]> =>
  [...new Set((await bundleOf(name)).match(/STARFIRE_[A-Z0-9_]+/g) ?? [])].sort();

interface DeployedFunction {
  name: string;
  envVariables?: Record<string, string>;
  triggers?: { name: string; type: string }[];
}
const deployed: DeployedFunction[] = JSON.parse(readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')).functions;

/**
 * The deploy check: a variable a function reads but cloudbaserc.json does not declare for it
 * would be missing in CloudBase (locally `local/local-templates.ts` and the host fill them in and
 * hide the gap).
 */
describe('cloudbaserc.json declares what each function reads', () => {
  it('lists every function that is built', () => {
    expect(deployed.map((fn) => fn.name).sort()).toEqual(functionNames().sort());
  });

  it.each(functionNames())('%s: every STARFIRE_* variable in its bundle is declared as {{env.NAME}}', async (name) => {
    const declared = deployed.find((fn) => fn.name === name)?.envVariables ?? {};
    const read = await variablesRead(name);
    expect(read.filter((variable) => !(variable in declared))).toEqual([]);
    for (const variable of read) expect(declared[variable]).toBe(`{{env.${variable}}}`);
  });
});

/** The `defineFunction` result an index module exports beside `main`. */
const timerNamesOf = async (name: string): Promise<string[]> => {
  const module = (await import(path.join(ROOT, 'cloudfunctions', name, 'index.ts'))) as Record<string, unknown>;
  const defined = Object.values(module).find(
    (value): value is { timerNames: string[] } => typeof value === 'object' && value !== null && 'timerNames' in value,
  );
  if (!defined) throw new Error(`${name}/index.ts exports no defineFunction result`);
  return [...defined.timerNames].sort();
};

/** A timer job without its trigger never runs in CloudBase; a trigger without its job fails every tick. */
describe('cloudbaserc.json declares a timer trigger for each timer job', () => {
  it.each(functionNames())('%s: its timer jobs and its declared triggers are the same', async (name) => {
    const triggers = deployed.find((fn) => fn.name === name)?.triggers ?? [];
    expect(triggers.every((trigger) => trigger.type === 'timer')).toBe(true);
    expect(triggers.map((trigger) => trigger.name).sort()).toEqual(await timerNamesOf(name));
  });
});

/**
 * The open-API permission each WeChat server API needs in config.json, by the API path the code
 * calls (`callWxOpenApi`). Without it CloudBase refuses the call in production, while the local
 * host answers it anyway, so only this check sees the gap.
 */
const OPEN_API_PERMISSIONS: Record<string, string> = {
  '/cgi-bin/message/subscribe/send': 'subscribeMessage.send',
  '/wxa/msg_sec_check': 'security.msgSecCheck',
  '/wxa/getwxacodeunlimit': 'wxacode.getUnlimited',
};

describe('config.json grants each function the open APIs it calls', () => {
  it.each(functionNames())('%s: the permissions are exactly the open APIs in its bundle', async (name) => {
    const bundle = await bundleOf(name);
    const used = Object.entries(OPEN_API_PERMISSIONS)
      .filter(([apiPath]) => bundle.includes(apiPath))
      .map(([, permission]) => permission)
      .sort();
    const declared = readFunctionConfig(path.join(ROOT, 'cloudfunctions', name, 'config.json')).permissions.openapi;
    expect({ name, permissions: [...declared].sort() }).toEqual({ name, permissions: used });
  });
});
