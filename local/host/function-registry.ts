import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFunctionConfig, type FunctionConfig } from './function-config';
import type { FunctionLimits } from './invocation-context';

export type FunctionMain = (event: unknown, context: unknown) => Promise<unknown>;

export interface FunctionSource {
  /** Load the built bundles (`build/cloudfunctions/<name>/index.js`) instead of the TS sources. */
  useBundles: boolean;
  repoRoot: string;
  /** Defaults to `<repoRoot>/build/cloudfunctions`. */
  bundlesDir?: string;
}

const FUNCTION_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const DEFAULT_LIMITS: FunctionLimits = { timeoutSeconds: 10, memorySize: 256 };

/**
 * The deployable functions, found the way CloudBase would: one folder per function
 * (shared `_lib` is not one). Modules load on first call and stay loaded, like a warm instance.
 */
export const createFunctionRegistry = (source: FunctionSource) => {
  const bundlesDir = source.bundlesDir ?? path.join(source.repoRoot, 'build', 'cloudfunctions');
  const entryOf = (name: string) =>
    source.useBundles ? path.join(bundlesDir, name, 'index.js') : path.join(source.repoRoot, 'cloudfunctions', name, 'index.ts');
  const limits = readLimits(source.repoRoot);
  const loaded = new Map<string, FunctionMain>();

  const find = (name: string): FunctionMain | null => {
    if (!FUNCTION_NAME.test(name)) return null;
    const cached = loaded.get(name);
    if (cached) return cached;
    const entry = entryOf(name);
    if (!existsSync(entry)) return null;
    const { main } = require(entry) as { main?: FunctionMain };
    if (typeof main !== 'function') throw new Error(`${entry} exports no main`);
    loaded.set(name, main);
    return main;
  };

  const names = (): string[] => {
    const root = source.useBundles ? bundlesDir : path.join(source.repoRoot, 'cloudfunctions');
    if (!existsSync(root)) return [];
    return readdirSync(root).filter((name) => FUNCTION_NAME.test(name) && existsSync(entryOf(name)));
  };

  /** The config.json that deploys with the function: the bundle's own, or the source folder's. */
  const configOf = (name: string): FunctionConfig =>
    readFunctionConfig(
      path.join(source.useBundles ? path.join(bundlesDir, name) : path.join(source.repoRoot, 'cloudfunctions', name), 'config.json'),
    );

  return { find, names, configOf, limitsOf: (name: string) => limits.get(name) ?? DEFAULT_LIMITS, bundlesDir };
};

export type FunctionRegistry = ReturnType<typeof createFunctionRegistry>;

/** The same timeout and memory the deployment declares in cloudbaserc.json. */
const readLimits = (repoRoot: string): Map<string, FunctionLimits> => {
  const file = path.join(repoRoot, 'cloudbaserc.json');
  const limits = new Map<string, FunctionLimits>();
  if (!existsSync(file)) return limits;
  const config = JSON.parse(readFileSync(file, 'utf8')) as { functions?: { name: string; timeout?: number; memorySize?: number }[] };
  for (const fn of config.functions ?? []) {
    limits.set(fn.name, {
      timeoutSeconds: fn.timeout ?? DEFAULT_LIMITS.timeoutSeconds,
      memorySize: fn.memorySize ?? DEFAULT_LIMITS.memorySize,
    });
  }
  return limits;
};
