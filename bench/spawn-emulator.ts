import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The emulator in its own process, as in real use: the client's CPU does not count against it.
 * `port` restarts one where a killed one listened (the SDK's configured URL stays right).
 */
export async function spawnEmulator(
  dataDir: string,
  manifest: string,
  port?: number,
): Promise<{ url: string; port: number; child: ChildProcess; stop(): Promise<void> }> {
  port ??= await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'local/db/main.ts', '--data-dir', dataDir, '--port', String(port), '--manifest', manifest, '--log', 'silent'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/admin`,
    port,
    child,
    stop: () => new Promise((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}
