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
import type { Engine } from '../db/engine';
import { serveConsoleCollections, serveConsoleDocuments } from './console/console-database.route';
import { serveConsoleInvocations } from './console/console-invocations.route';
import { serveConsoleStorage } from './console/console-storage.route';
import { runConsoleTimer, serveConsoleTimers } from './console/console-timers.route';
import { createInvocationLog } from './invocation-log';

export interface HostOptions extends FunctionCallOptions {
  port: number;
  /** The H5 build to serve (dist-h5). */
  h5Dir: string;
  log: (line: string) => void;
  /** The local open API's sent subscription messages, shown at /_local/outbox. */
  outbox?: () => OutboxMessage[];
  /** Started without seed (`--bare`): the sign-in page offers the configured admins, not personas. */
  bare?: boolean;
  /** The local console at /_console: the emulator's database and where stored objects live. */
  console?: { engine: Engine; objectsDir: string };
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const FUNCTION_PATH = /^\/api\/([^/]+)\/?$/;
const TIMER_PATH = /^\/_local\/timers\/([^/]+)(?:\/([^/]+))?\/?$/;
const CONSOLE_COLLECTION = /^\/_console\/collections\/([^/]+)\/?$/;
const CONSOLE_RUN_TIMER = /^\/_console\/timers\/([^/]+)\/([^/]+)\/run\/?$/;

/** The local stand-in for CloudBase's HTTP access service plus the H5 static site, on 127.0.0.1 only. */
export const startHost = async (hostOptions: HostOptions): Promise<RunningHost> => {
  const options = { ...hostOptions, invocations: hostOptions.invocations ?? createInvocationLog() };
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
  if (urlPath === '/_console' || urlPath.startsWith('/_console/')) return routeConsole(options, req, res, urlPath);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendFailure(res, 'INVALID_INPUT', 405, '不支持的请求方法');
  if (urlPath === '/_local/outbox' && options.outbox) return serveOutboxPage(options.outbox, res);
  serveStatic(options.h5Dir, req, res, urlPath);
};

/** The local console (dev tool, 127.0.0.1 only, no sign-in): one route file per panel under console/. */
const routeConsole = async (options: HostOptions, req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> => {
  const run = CONSOLE_RUN_TIMER.exec(urlPath);
  if (run && req.method === 'POST') return runConsoleTimer(options, decodeURIComponent(run[1]), decodeURIComponent(run[2]), res);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendFailure(res, 'INVALID_INPUT', 405, '不支持的请求方法');
  if (urlPath === '/_console/invocations' && options.invocations) return serveConsoleInvocations(options.invocations, res);
  if (urlPath === '/_console/timers') return serveConsoleTimers(options.registry, res);
  if (!options.console) return sendFailure(res, 'INVALID_INPUT', 404, '本地控制台未连接数据库');
  if (urlPath === '/_console' || urlPath === '/_console/') return serveConsoleCollections(options.console.engine, res);
  if (urlPath === '/_console/storage') return serveConsoleStorage(options.console.objectsDir, res);
  const collection = CONSOLE_COLLECTION.exec(urlPath);
  if (collection)
    return serveConsoleDocuments(
      options.console.engine,
      decodeURIComponent(collection[1]),
      new URL(req.url ?? '/', 'http://127.0.0.1').searchParams,
      res,
    );
  return sendFailure(res, 'INVALID_INPUT', 404, '控制台没有这个页面');
};

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
