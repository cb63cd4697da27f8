import { randomUUID } from 'node:crypto';
import type { FunctionRegistry } from './function-registry';

/**
 * Runs one tick of a timer trigger the way CloudBase does: event `{Type:'Timer', TriggerName,
 * Time, Message}` and a context without any caller identity (no WX_OPENID), so the function's
 * router knows no client sent it. The function's timeout applies as for client calls.
 */
export const invokeTimer = async (
  registry: FunctionRegistry,
  envId: string,
  functionName: string,
  triggerName: string,
  time = new Date(),
): Promise<unknown> => {
  const main = registry.find(functionName);
  if (!main) throw new Error(`no function named ${functionName}`);
  const trigger = registry.configOf(functionName).triggers.find((candidate) => candidate.name === triggerName);
  if (!trigger) throw new Error(`${functionName} declares no timer trigger named ${triggerName}`);
  const limits = registry.limitsOf(functionName);
  const requestId = randomUUID();
  const environment = {
    SCF_NAMESPACE: envId,
    TCB_ENV: envId,
    TCB_SEQID: requestId,
    TCB_SOURCE: 'timer',
    TRIGGER_SRC: 'timer',
    TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TCB_SOURCE,TRIGGER_SRC',
  };
  const context = {
    request_id: requestId,
    function_name: functionName,
    function_version: '$LATEST',
    namespace: envId,
    memory_limit_in_mb: limits.memorySize,
    time_limit_in_ms: limits.timeoutSeconds * 1000,
    environment: JSON.stringify(environment),
  };
  const event = { Type: 'Timer', TriggerName: triggerName, Time: time.toISOString(), Message: '' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${functionName}.${triggerName} timed out`)), limits.timeoutSeconds * 1000);
  });
  try {
    return await Promise.race([main(event, context), timeout]);
  } finally {
    clearTimeout(timer);
  }
};
