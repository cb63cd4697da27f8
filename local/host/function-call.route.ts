import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessages } from '@core/errors';
import { sessionFromRequest } from './bearer-session';
import type { FunctionMain, FunctionRegistry } from './function-registry';
import { buildInvocationContext, buildInvocationEvent } from './invocation-context';
import { sendFailure, sendJson } from './json-response';
import { parsePayload } from './json-payload';
import { readBody } from './request-body';
import { codeOf, withCapturedLogs, type InvocationLog } from './invocation-log';

export interface FunctionCallOptions {
  secret: string;
  registry: FunctionRegistry;
  envId: string;
  appid: string;
  /** Where the console's list of recent calls is kept. */
  invocations?: InvocationLog;
}

const TIMED_OUT = Symbol('timed out');

/**
 * `POST /api/<function>` — what CloudBase's HTTP access service and callFunction do between the
 * app and a function: authenticate, build the SCF event and context, run `main`, return its
 * envelope. The function's own errors are already envelopes; a throw or a hang becomes one here.
 */
export const handleFunctionCall = async (
  options: FunctionCallOptions,
  functionName: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  const session = sessionFromRequest(options.secret, req);
  // Without a session only a public action may run (CloudBase's anonymous web sign-in): decided
  // from the function's own contract, so the host never keeps a list of its own.
  if (!session && !hasBearer(req)) {
    const body = await readBody(req);
    const parsed = body.kind === 'ok' ? parsePayload(body.text) : null;
    const main = options.registry.find(functionName);
    if (!parsed || parsed.kind === 'invalid' || !main || !isPublicAction(main, parsed.payload.action)) {
      return sendFailure(res, 'UNAUTHENTICATED', 401);
    }
    return invoke(options, functionName, main, parsed.payload, '', req, res);
  }
  if (!session) return sendFailure(res, 'UNAUTHENTICATED', 401);

  const body = await readBody(req);
  if (body.kind === 'too-large') return sendFailure(res, 'PAYLOAD_TOO_LARGE');
  const parsed = parsePayload(body.text);
  if (parsed.kind === 'invalid') return sendFailure(res, 'INVALID_INPUT', 200, '请求内容不是有效的 JSON 对象');

  const main = options.registry.find(functionName);
  if (!main) return sendFailure(res, 'UNKNOWN_FUNCTION');
  return invoke(options, functionName, main, parsed.payload, session.openid, req, res);
};

const hasBearer = (req: IncomingMessage): boolean => typeof req.headers.authorization === 'string' && req.headers.authorization.length > 0;

/** `main` carries its contract (define-function.ts); an action declared `public: true` needs no identity. */
const isPublicAction = (main: FunctionMain, action: unknown): boolean => {
  const contract = (main as { contract?: Record<string, { public?: boolean }> }).contract;
  return (
    typeof action === 'string' && !!contract && Object.prototype.hasOwnProperty.call(contract, action) && contract[action].public === true
  );
};

const invoke = async (
  options: FunctionCallOptions,
  functionName: string,
  main: FunctionMain,
  payload: Record<string, unknown>,
  openid: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  const parsed = { payload };
  const identity = { openid, appid: options.appid, clientIp: req.socket.remoteAddress ?? '127.0.0.1' };
  const limits = options.registry.limitsOf(functionName);
  const context = buildInvocationContext(functionName, options.envId, identity, limits);
  const event = buildInvocationEvent(parsed.payload, identity);

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), limits.timeoutSeconds * 1000);
  });
  const started = Date.now();
  const logs: string[] = [];
  let code = 'INTERNAL';
  try {
    const result = await withCapturedLogs(logs, () => Promise.race([main(event, context), timeout]));
    if (result === TIMED_OUT) {
      code = 'TIMEOUT';
      return sendFailure(res, 'TIMEOUT');
    }
    code = codeOf(result);
    // A function that returns nothing still answers JSON, as callFunction gives `result: null`.
    sendJson(res, 200, result ?? null);
  } catch (error) {
    console.error(`[host] ${functionName} threw`, error);
    logs.push(`[error] ${String((error as Error)?.stack ?? error)}`);
    sendJson(res, 200, { ok: false, code: 'INTERNAL', message: errorMessages.INTERNAL });
  } finally {
    clearTimeout(timer);
    const action = typeof parsed.payload.action === 'string' ? parsed.payload.action : '';
    options.invocations?.record({
      at: started,
      functionName,
      caller: identity.openid,
      action,
      durationMs: Date.now() - started,
      code,
      logs,
    });
  }
};
