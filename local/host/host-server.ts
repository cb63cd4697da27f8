import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleDevIdentities } from './dev-identities.route';
import { handleDevLogin } from './dev-login.route';
import { handleFunctionCall, type FunctionCallOptions } from './function-call.route';
import { sendFailure, sendJson } from './json-response';
import { serveStatic } from './static-files';
import { handleTimerTick } from './timer-tick.route';
import { handleUpload } from './upload.route';
import { serveOutboxPage } from './outbox-page.route';
import type { OutboxMessage } from '../platform/wx-open-api';

export interface HostOptions extends FunctionCallOptions {
  port: number;
  /** The H5 build to serve (dist-h5). */
  h5Dir: string;
  log: (line: string) => void;
  /** The local open API's sent subscription messages, shown at /_local/outbox. */
  outbox?: () => OutboxMessage[];
  /** Started without seed (`--bare`): the sign-in page offers the configured admins, not personas. */
  bare?: boolean;
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const FUNCTION_PATH = /^\/api\/([^/]+)\/?$/;
const TIMER_PATH = /^\/_local\/timers\/([^/]+)(?:\/([^/]+))?\/?$/;

/** The local stand-in for CloudBase's HTTP access service plus the H5 static site, on 127.0.0.1 only. */
export const startHost = async (options: HostOptions): Promise<RunningHost> => {
  const server = createServer((req, res) => {
    const started = Date.now();
    route(options, req, res)
      .catch((error: unknown) => {
        console.error('[host] request failed', error);
        if (!res.headersSent) sendFailure(res, 'INTERNAL', 500);
        else res.destroy();
      })
      .finally(() => options.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`));
  });
  // Keep-alive clients (the SDK, browsers) should not hold the process open after close().
  server.keepAliveTimeout = 5_000;
  await listen(server, options.port);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

const route = async (options: HostOptions, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  // The H5 dev server (taro build --watch) runs on another port; tokens travel in a header, not cookies.
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'authorization, content-type, x-file-name');
  res.setHeader('access-control-allow-methods', 'POST, GET, OPTIONS');
  const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;

  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (urlPath === '/api/health') return sendJson(res, 200, { ok: true, data: { functions: options.registry.names() } });
  if (urlPath.startsWith('/api/')) {
    if (req.method !== 'POST') return sendFailure(res, 'INVALID_INPUT', 405, '请使用 POST 调用云函数');
    if (urlPath === '/api/dev/login') return handleDevLogin(options.secret, req, res);
    if (urlPath === '/api/dev/identities') return handleDevIdentities(options.bare ?? false, res);
    if (urlPath === '/api/upload') return handleUpload(options.secret, req, res);
    const match = FUNCTION_PATH.exec(urlPath);
    if (!match) return sendFailure(res, 'UNKNOWN_FUNCTION', 404);
    return handleFunctionCall(options, match[1], req, res);
  }
  const timer = TIMER_PATH.exec(urlPath);
  if (timer && req.method === 'POST') return handleTimerTick(options, timer[1], timer[2], req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendFailure(res, 'INVALID_INPUT', 405, '不支持的请求方法');
  if (urlPath === '/_local/outbox' && options.outbox) return serveOutboxPage(options.outbox, res);
  serveStatic(options.h5Dir, req, res, urlPath);
};

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
