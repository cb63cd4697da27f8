import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnEmulator } from './spawn-emulator';

process.env.TENCENTCLOUD = 'true';
process.env.SILENCE = 'true';

const CONCURRENCY = 50;

/** Runs `total` operations with `concurrency` in flight; answers operations per second. */
async function throughput(total: number, concurrency: number, op: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await op(next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return Math.round(total / seconds);
}

/**
 * Insert, indexed point query and conditional update through the real SDK against a
 * fresh emulator process, at concurrency 1 and 50. Correctness fields let the test command
 * run it small and assert that nothing was lost or overbooked.
 */
export async function run(n = 2000): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'starfire-bench-'));
  const emulator = await spawnEmulator(dataDir, join(__dirname, 'manifest.bench.json'));
  try {
    const db = tcb.init({ env: 'bench', serviceUrl: emulator.url, secretId: 'bench', secretKey: 'bench', timeout: 60_000 }).database();
    const _ = db.command;
    const items = db.collection('bench_items');
    const slots = db.collection('bench_slots');
    const serial = Math.max(50, Math.floor(n / 10));

    const insertC1 = await throughput(serial, 1, async (i) => void (await items.add({ k: `s${i}`, n: i })));
    const insertC50 = await throughput(n, CONCURRENCY, async (i) => void (await items.add({ k: `c${i}`, n: i, tags: ['bench'] })));

    let hits = 0;
    const queryC1 = await throughput(serial, 1, async (i) => {
      const found = (await items.where({ k: `c${i}` }).get()).data.length;
      hits += found;
    });
    const queryC50 = await throughput(n, CONCURRENCY, async (i) => {
      const found = (await items.where({ k: `c${i}` }).get()).data.length;
      hits += found;
    });

    const capacity = Math.floor(n / 2);
    await slots.add([
      { _id: 'c1', count: 0, capacity: serial },
      { _id: 'c50', count: 0, capacity },
    ]);
    let granted = 0;
    const tryBook = (slot: string, cap: number) => async () => {
      const { updated } = await slots.where({ _id: slot, count: _.lt(cap) }).update({ count: _.inc(1) });
      granted += updated ?? 0;
    };
    const updateC1 = await throughput(serial, 1, tryBook('c1', serial));
    const grantedC1 = granted;
    granted = 0;
    const updateC50 = await throughput(n, CONCURRENCY, tryBook('c50', capacity));
    const finalCount = (await slots.doc('c50').get()).data[0].count;
    const stats = await fetch(emulator.url.replace('/admin', '/_emulator/stats')).then((r) => r.json());
    const requests = Object.values(stats.requests as Record<string, number>).reduce((a, b) => a + b, 0);

    return {
      bench: 'emulator',
      n,
      serial_n: serial,
      insert_per_s_c1: insertC1,
      point_query_per_s_c1: queryC1,
      cond_update_per_s_c1: updateC1,
      insert_per_s: insertC50,
      point_query_per_s: queryC50,
      cond_update_per_s: updateC50,
      // correctness: every inserted item found once; the slot filled exactly to capacity, never past it
      point_query_hits: hits,
      point_query_expected: serial + n,
      cond_update_granted: granted,
      cond_update_final_count: finalCount,
      cond_update_capacity: capacity,
      serial_granted: grantedC1,
      docs_examined_per_query: Number((stats.docsExamined / (requests || 1)).toFixed(2)),
      round_trips: requests,
      concurrency: CONCURRENCY,
    };
  } finally {
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
