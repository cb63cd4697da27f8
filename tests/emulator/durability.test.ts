import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { sdkFor, startTestDb, tempDir, TEST_MANIFEST } from './harness';

const ROOT = join(__dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The emulator as its own OS process, so the test can kill -9 it. */
async function spawnEmulator(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'local/db/main.ts', '--data-dir', dataDir, '--port', String(port), '--manifest', TEST_MANIFEST, '--log', 'silent'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`emulator exited early with ${code}`)));
  });
  return child;
}

it('keeps data across a clean restart', async () => {
  const dataDir = tempDir();
  const first = await startTestDb({ dataDir });
  await first.db.collection('teams').add({ _id: 'keep', name: '电脑义诊队', at: new Date('2026-09-30T00:00:00Z') });
  await first.close();
  const second = await startTestDb({ dataDir });
  expect((await second.db.collection('teams').doc('keep').get()).data[0]).toEqual({
    _id: 'keep',
    name: '电脑义诊队',
    at: new Date('2026-09-30T00:00:00Z'),
  });
  await second.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every acknowledged write when the process is killed with SIGKILL mid-burst', async () => {
  const dataDir = tempDir();
  const port = await freePort();
  const child = await spawnEmulator(dataDir, port);
  const db = sdkFor(`http://127.0.0.1:${port}/admin`).database();
  const acknowledged: string[] = [];
  let stop = false;
  const writers = Array.from({ length: 8 }, async (_, w) => {
    for (let i = 0; !stop; i++) {
      try {
        const id = `w${w}-${i}`;
        await db.collection('bookings').add({ _id: id, writer: w, i });
        acknowledged.push(id);
      } catch {
        return; // the process is gone: this write was never acknowledged
      }
    }
  });
  while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGKILL');
  stop = true;
  await Promise.all(writers);
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));

  const restarted = await startTestDb({ dataDir });
  const stored = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const { data } = await restarted.db.collection('bookings').skip(offset).limit(1000).field({ _id: true }).get();
    data.forEach((d: { _id: string }) => stored.add(d._id));
    if (data.length < 1000) break;
  }
  const lost = acknowledged.filter((id) => !stored.has(id));
  expect(acknowledged.length).toBeGreaterThanOrEqual(300);
  expect(lost).toEqual([]);
  await restarted.close();
  rmSync(dataDir, { recursive: true, force: true });
}, 30_000);
