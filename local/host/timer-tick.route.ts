import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FunctionRegistry } from './function-registry';
import { sendFailure, sendJson } from './json-response';
import { invokeTimer } from './timer-invocation';

/**
 * `POST /_local/timers/<function>[/<trigger>]` — local only, what `npm run tick` calls: runs one
 * tick of a declared timer now, in the running host (so it shares the emulator, no second process
 * opens the data dir). Without a trigger name the function's only trigger runs.
 */
export const handleTimerTick = async (
  options: { registry: FunctionRegistry; envId: string },
  functionName: string,
  triggerName: string | undefined,
  _req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  if (!options.registry.find(functionName)) return sendFailure(res, 'UNKNOWN_FUNCTION', 404);
  const declared = options.registry.configOf(functionName).triggers.map((trigger) => trigger.name);
  const name = triggerName ?? (declared.length === 1 ? declared[0] : undefined);
  if (!name || !declared.includes(name)) {
    return sendFailure(res, 'INVALID_INPUT', 404, `请指定定时触发器：${declared.join('、') || `${functionName} 没有声明定时触发器`}`);
  }
  const result = await invokeTimer(options.registry, options.envId, functionName, name);
  sendJson(res, 200, { ok: true, data: { function: functionName, trigger: name, result } });
};
