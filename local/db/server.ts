import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DbError } from './db-error';
import type { ActionHandler } from './database-actions';

export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export type LogLevel = 'silent' | 'info' | 'debug';

export interface RequestCounters {
  requests: Record<string, number>;
  errors: Record<string, number>;
}

/**
 * The HTTP face of the local CloudBase: `POST /admin` (any path) with `{action, ...}`.
 * Every answer is HTTP 200 because the SDK turns any other status into a generic error and
 * loses the code: success is `{data, requestId}`, failure a top-level `{code, message, requestId}`.
 */
export function createActionServer(options: {
  actions: Map<string, ActionHandler>;
  counters: RequestCounters;
  logLevel: LogLevel;
  beforeEach: () => void;
  extraRoutes: (req: IncomingMessage, res: ServerResponse) => boolean;
}): Server {
  const { actions, counters, logLevel } = options;
  return createServer({ noDelay: true, keepAlive: true }, (req, res) => {
    if (options.extraRoutes(req, res)) return;
    const started = process.hrtime.bigint();
    readBody(req).then(async (raw) => {
      const requestId = randomUUID();
      let action = '(none)';
      let reply: Record<string, unknown>;
      try {
        if (raw === null) throw new DbError('INVALID_PARAM', `request body exceeds ${MAX_BODY_BYTES} bytes`);
        const body = parseBody(raw);
        action = body.action as string;
        const handler = actions.get(action);
        if (!handler) throw new DbError('INVALID_ACTION', `unknown action ${action}`);
        options.beforeEach();
        const result = await handler(body);
        reply = { ...result.top, ...(result.data ? { data: result.data } : {}), requestId };
      } catch (error) {
        const known = error instanceof DbError;
        if (!known && logLevel !== 'silent') console.error('[cloudbase-emulator] unexpected error', error);
        reply = { code: known ? error.code : 'SYS_ERR', message: (error as Error).message ?? String(error), requestId };
        counters.errors[reply.code as string] = (counters.errors[reply.code as string] ?? 0) + 1;
      }
      counters.requests[action] = (counters.requests[action] ?? 0) + 1;
      if (logLevel === 'debug') {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        console.log(`[cloudbase-emulator] ${action} ${reply.code ?? 'ok'} ${ms.toFixed(1)}ms`);
      }
      send(res, reply);
    });
  });
}

function parseBody(raw: Buffer): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new DbError('INVALID_PARAM', 'request body is not valid JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new DbError('INVALID_PARAM', 'request body must be a JSON object');
  if (typeof (body as { action?: unknown }).action !== 'string')
    throw new DbError('INVALID_PARAM', 'request body needs an "action" string');
  return body as Record<string, unknown>;
}

/** Resolves with the body, or null once it passes the cap (the rest is drained, not kept). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
  });
}

export function send(res: ServerResponse, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
