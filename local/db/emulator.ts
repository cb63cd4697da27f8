import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { databaseActions, type ActionHandler } from './database-actions';
import { Engine } from './engine';
import { loadManifest } from './manifest';
import { createActionServer, send, type LogLevel, type RequestCounters } from './server';
import { Store } from './store';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UrlSigner } from '../platform/signed-url';
import { storageService } from '../platform/storage-service';
import { sensitiveWordsFrom } from '../platform/sensitive-words';
import { wxOpenApiService, type OutboxMessage } from '../platform/wx-open-api';

export interface EmulatorOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  manifestPath?: string;
  logLevel?: LogLevel;
  /** Tests move time forward (transaction expiry, server dates) without waiting. */
  clock?: { now(): number };
  /** Where uploaded files live; default `<dataDir>/storage`. */
  storageDir?: string;
  /** The content-security word list; default local/platform/sensitive-words.txt. */
  sensitiveWords?: () => string[];
  /** The H5 app's origin, which local mini-program codes point at; default the emulator's own. */
  appOrigin?: () => string;
}

export interface RunningEmulator {
  /** What the SDK's `serviceUrl` / `TCB_CONTEXT_CNFG.URL` points at. */
  url: string;
  port: number;
  engine: Engine;
  stats(): EmulatorStats;
  resetStats(): void;
  /** Later platform services (storage, open API) add their actions here. */
  registerActions(handlers: Record<string, ActionHandler>): void;
  /** Subscription messages "sent" through the open API, newest first. */
  outbox(limit?: number): OutboxMessage[];
  close(): Promise<void>;
}

export interface EmulatorStats extends RequestCounters {
  docsExamined: number;
  indexScans: number;
  collectionScans: number;
  lastPlan: string;
  openTransactions: number;
}

export const DEFAULT_MANIFEST = join(__dirname, '..', '..', 'database', 'manifest.json');

/** Starts the local CloudBase database on 127.0.0.1 (loopback only: it accepts any credentials). */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const clock = options.clock ?? { now: () => Date.now() };
  const store = new Store(options.dataDir);
  store.applyManifest(loadManifest(options.manifestPath ?? DEFAULT_MANIFEST));
  const engine = new Engine(store, clock);
  let origin = '';
  const storage = storageService({
    storageDir: options.storageDir ?? join(options.dataDir, 'storage'),
    signer: new UrlSigner(randomBytes(32).toString('hex'), clock),
    origin: () => origin,
  });
  const wx = wxOpenApiService({
    db: store.db,
    clock,
    sensitiveWords: options.sensitiveWords ?? sensitiveWordsFrom(),
    appOrigin: () => options.appOrigin?.() || origin,
  });
  const actions = new Map(Object.entries({ ...databaseActions(engine), ...storage.actions, ...wx.actions }));
  const routes: Array<(req: IncomingMessage, res: ServerResponse) => boolean> = [storage.route];
  const counters: RequestCounters = { requests: {}, errors: {} };
  const stats = (): EmulatorStats => ({ ...counters, ...engine.stats, openTransactions: engine.txns.openCount });
  const resetStats = () => {
    counters.requests = {};
    counters.errors = {};
    Object.assign(engine.stats, { docsExamined: 0, indexScans: 0, collectionScans: 0, lastPlan: '' });
  };
  const server = createActionServer({
    actions,
    counters,
    logLevel: options.logLevel ?? 'silent',
    beforeEach: () => engine.txns.sweep(),
    extraRoutes: (req, res) => {
      if (req.method === 'GET' && req.url?.startsWith('/_emulator/stats')) return (send(res, stats()), true);
      if (req.method === 'POST' && req.url?.startsWith('/_emulator/stats/reset')) return (resetStats(), send(res, { ok: true }), true);
      if (req.method === 'GET' && req.url?.startsWith('/_emulator/outbox')) return (send(res, wx.outbox()), true);
      if (req.method === 'GET' && req.url?.startsWith('/_emulator/code-requests')) return (send(res, wx.codeRequests()), true);
      return routes.some((route) => route(req, res));
    },
  });
  // Expiry also has to release writers waiting on an abandoned transaction when no request arrives.
  const sweeper = setInterval(() => engine.txns.sweep(), 250);
  sweeper.unref();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `http://127.0.0.1:${port}/admin`,
    port,
    engine,
    stats,
    resetStats,
    registerActions: (handlers) => Object.entries(handlers).forEach(([name, handler]) => actions.set(name, handler)),
    outbox: (limit) => wx.outbox(limit),
    close: async () => {
      clearInterval(sweeper);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}
