import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocal, type LocalOptions, type RunningLocal } from '../../local/start';

export interface HttpReply<T = any> {
  status: number;
  body: T;
}

/**
 * A whole local CloudBase (emulator + seed + host) on random ports in a fresh temp data dir,
 * driven over HTTP the way the H5 app drives it.
 */
export const startTestLocal = async (options: Omit<LocalOptions, 'port' | 'dataDir' | 'quiet'> = {}) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'starfire-test-'));
  const local: RunningLocal = await startLocal({ ...options, port: 0, dataDir, quiet: true });

  const post = async <T = any>(route: string, body: unknown, token?: string, raw?: string): Promise<HttpReply<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${local.url}api/${route}`, { method: 'POST', headers, body: raw ?? JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as T };
  };

  const login = async (who: { persona: string } | { openid: string }): Promise<string> => {
    const reply = await post<{ ok: boolean; data: { token: string } }>('dev/login', who);
    if (!reply.body.ok) throw new Error(`dev login failed: ${JSON.stringify(reply.body)}`);
    return reply.body.data.token;
  };

  const call = <T = any>(fn: string, payload: Record<string, unknown>, token: string) => post<T>(fn, payload, token);

  const dispose = async () => {
    await local.close();
    rmSync(dataDir, { recursive: true, force: true });
  };

  return { ...local, dataDir, post, login, call, dispose };
};

export type TestLocal = Awaited<ReturnType<typeof startTestLocal>>;
