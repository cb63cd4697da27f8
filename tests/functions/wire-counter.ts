import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** SDK actions that read documents (inside a transaction or not). */
const READS = new Set(['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments', 'database.getInTransaction']);
/** SDK actions that write documents; `writes` counts the documents they carry or touch. */
const WRITES = new Set(['database.insertDocument', 'database.modifyDocument', 'database.removeDocument', 'database.modifyAndReturnDoc']);

/**
 * A pass-through between the SDK and the emulator that notes which collection each database
 * request reads: the functions run unchanged, and what they ask of `users` is counted on the wire.
 * It also counts requests and round trips: a request sent while none is in flight starts a new
 * round trip, one sent while another is still out travels with it.
 *
 * It stands in front of the emulator this process's SDK is pointed at (`TCB_CONTEXT_CNFG`, which
 * the SDK reads on every request) and points the SDK at itself, so every function called in this
 * process from then on talks through it; `close()` points the SDK back. Tests and benches alike
 * start it this way, after the emulator and before the calls they count.
 */
export const startWireCounter = async () => {
  const restoreEndpoint = process.env.TCB_CONTEXT_CNFG;
  const target = (JSON.parse(restoreEndpoint ?? '{}') as { URL?: string }).URL;
  if (!target) throw new Error('startWireCounter: the SDK is not pointed at an emulator (TCB_CONTEXT_CNFG has no URL)');
  let usersReads = 0;
  let writes = 0;
  let requests = 0;
  let roundTrips = 0;
  let inFlight = 0;
  let replyBytes = 0;
  const server: Server = createServer((incoming, outgoing) => {
    requests += 1;
    if (inFlight === 0) roundTrips += 1;
    inFlight += 1;
    outgoing.on('close', () => (inFlight -= 1));
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        const sent = JSON.parse(body.toString('utf8')) as { action?: string; collectionName?: string; data?: unknown };
        if (READS.has(sent.action ?? '') && sent.collectionName === 'users') usersReads += 1;
        // An insert carries its documents; any other write request counts as one.
        if (WRITES.has(sent.action ?? '')) writes += Array.isArray(sent.data) ? sent.data.length : 1;
      } catch {
        // Not JSON (e.g. an upload): nothing to count.
      }
      const url = new URL(incoming.url ?? '/', target);
      const forwarded = request(url, { method: incoming.method, headers: incoming.headers }, (reply) => {
        outgoing.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.on('data', (chunk: Buffer) => (replyBytes += chunk.length));
        reply.pipe(outgoing);
      });
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: `http://127.0.0.1:${port}/admin` });
  return {
    /** Users reads made while `run` ran. */
    async usersReadsOf(run: () => Promise<unknown>): Promise<{ reads: number; reply: any }> {
      const before = usersReads;
      const reply = await run();
      return { reads: usersReads - before, reply };
    },
    /** Database requests, round trips and the bytes the database replied with while `run` ran. */
    async trafficOf(
      run: () => Promise<unknown>,
    ): Promise<{ requests: number; roundTrips: number; writes: number; replyBytes: number; reply: any }> {
      const before = { requests, roundTrips, writes, replyBytes };
      const reply = await run();
      return {
        requests: requests - before.requests,
        roundTrips: roundTrips - before.roundTrips,
        writes: writes - before.writes,
        replyBytes: replyBytes - before.replyBytes,
        reply,
      };
    },
    /** Points the SDK back at the emulator and stops counting. */
    close: () => {
      process.env.TCB_CONTEXT_CNFG = restoreEndpoint;
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

export type WireCounter = Awaited<ReturnType<typeof startWireCounter>>;
