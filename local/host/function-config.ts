import { existsSync, readFileSync } from 'node:fs';

/** A CloudBase timer trigger as config.json / cloudbaserc.json declare it. */
export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron (second minute hour day month weekday year). */
  config: string;
}

/** A function's config.json: the open APIs it calls and its triggers. */
export interface FunctionConfig {
  permissions: { openapi: string[] };
  triggers: TimerTrigger[];
}

export const EMPTY_FUNCTION_CONFIG: FunctionConfig = { permissions: { openapi: [] }, triggers: [] };

/** Reads a config.json; a missing file means no permissions and no triggers. Malformed entries fail loudly. */
export const readFunctionConfig = (file: string): FunctionConfig => {
  if (!existsSync(file)) return EMPTY_FUNCTION_CONFIG;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<FunctionConfig>;
  const openapi = raw.permissions?.openapi ?? [];
  const triggers = raw.triggers ?? [];
  if (!Array.isArray(openapi) || !openapi.every((api) => typeof api === 'string'))
    throw new Error(`${file}: permissions.openapi must be strings`);
  for (const trigger of triggers) {
    if (typeof trigger?.name !== 'string' || trigger.type !== 'timer' || typeof trigger.config !== 'string') {
      throw new Error(`${file}: each trigger needs { name, type: 'timer', config: '<cron>' }`);
    }
  }
  return { permissions: { openapi }, triggers };
};
