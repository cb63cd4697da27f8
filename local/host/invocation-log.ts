import { AsyncLocalStorage } from 'node:async_hooks';
import { inspect } from 'node:util';

/** One function call as the console lists it. */
export interface Invocation {
  at: number;
  functionName: string;
  /** The caller's openid, or `timer` for a timer trigger. */
  caller: string;
  action: string;
  durationMs: number;
  /** The envelope's code (`OK` when it succeeded), or TIMEOUT / INTERNAL from the host. */
  code: string;
  logs: string[];
}

export const INVOCATION_LOG_SIZE = 200;

/** The last 200 invocations, newest first: a ring buffer, so a long session never grows it. */
export const createInvocationLog = (size = INVOCATION_LOG_SIZE) => {
  const entries: Invocation[] = [];
  return {
    record: (entry: Invocation) => {
      entries.unshift(entry);
      if (entries.length > size) entries.length = size;
    },
    list: (): readonly Invocation[] => entries,
  };
};

export type InvocationLog = ReturnType<typeof createInvocationLog>;

/** The code an envelope answers with: `{ok:true}` is OK, `{ok:false, code}` its code. */
export const codeOf = (result: unknown): string => {
  if (result && typeof result === 'object' && 'ok' in result) {
    const { ok, code } = result as { ok: unknown; code?: unknown };
    return ok === true ? 'OK' : typeof code === 'string' ? code : 'FAILED';
  }
  return 'OK';
};

const captured = new AsyncLocalStorage<string[]>();
let consolePatched = false;

/**
 * Runs `work` with every console line it prints (through its whole async chain, not another
 * call's) also kept in `logs`; the lines still reach the terminal.
 */
export const withCapturedLogs = <T>(logs: string[], work: () => Promise<T>): Promise<T> => {
  if (!consolePatched) {
    consolePatched = true;
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[level].bind(console);
      console[level] = (...args: unknown[]) => {
        captured.getStore()?.push(`[${level}] ${args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 4 }))).join(' ')}`);
        original(...args);
      };
    }
  }
  return captured.run(logs, work);
};
