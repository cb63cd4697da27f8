import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocal, type RunningLocal } from '../../local/start';
import type { runFanoutBatch } from '../../cloudfunctions/notices/timers/fanout';
import { db } from './bookings-fixtures';
import { functionClient, runTimer } from './function-client';
import { addNoticeMember, drainFanout, noticeMessagesOf, notice } from './notices-fixtures';

jest.setTimeout(120_000);

/**
 * The host dies during a fan-out: one batch committed, the next one sent but not committed (its
 * cursor rewound, as a kill between the sends and the commit leaves it). A new host on the same
 * data dir finishes the job and every recipient holds exactly one message.
 */
describe('notices fan-out resumes after a host restart without duplicates', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'starfire-fanout-'));
  const saved = { batch: process.env.STARFIRE_NOTICE_BATCH, lease: process.env.STARFIRE_NOTICE_LEASE_SECONDS };
  let local: RunningLocal | null = null;

  beforeAll(() => {
    process.env.STARFIRE_NOTICE_BATCH = '2';
    process.env.STARFIRE_NOTICE_LEASE_SECONDS = '1';
  });
  afterAll(async () => {
    await local?.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.env.STARFIRE_NOTICE_BATCH = saved.batch;
    process.env.STARFIRE_NOTICE_LEASE_SECONDS = saved.lease;
  });

  const start = async () => {
    const running = await startLocal({ port: 0, dataDir, quiet: true, timers: false });
    const post = async (route: string, body: unknown, token?: string) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(`${running.url}api/${route}`, { method: 'POST', headers, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as any };
    };
    const login = async (who: { openid: string } | { persona: string }) => (await post('dev/login', who)).body.data.token as string;
    return { running, notices: functionClient({ login, call: (fn, payload, token) => post(fn, payload, token) }, 'notices') };
  };

  it('finishes the job on the new host, one message per recipient', async () => {
    const first = await start();
    local = first.running;
    const members = await Promise.all(['fo-1', 'fo-2', 'fo-3', 'fo-4', 'fo-5'].map((id) => addNoticeMember(id, 'ou-class-rj2301')));
    const published = await first.notices(
      'dev-admin',
      'publish',
      notice('断点续发', { kind: 'orgUnits', orgUnitIds: ['ou-class-rj2301'] }),
    );
    const { noticeId } = published.data;

    expect((await runTimer<typeof runFanoutBatch>(first.running, 'notices', 'fanout')).data).toMatchObject({
      jobId: noticeId,
      processed: 2,
      done: false,
    });
    const second = await runTimer<typeof runFanoutBatch>(first.running, 'notices', 'fanout');
    expect(second.data).toMatchObject({ processed: 2 });
    // The second batch was sent, but the host "died" before its commit: put the cursor back.
    await db().collection('notice_fanouts').doc(noticeId).update({ cursor: members[1], processed: 2 });
    await local.close();
    local = null;

    const restarted = await start();
    local = restarted.running;
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the dead host's lease lapses
    await drainFanout(restarted.running);
    expect(await Promise.all(members.map(noticeMessagesOf))).toEqual([1, 1, 1, 1, 1]);
    const [job] = (await restarted.notices('dev-admin', 'fanoutStatus', { noticeId })).data.jobs;
    expect(job).toMatchObject({ status: 'done', sent: 5, failed: 0 });
  });
});
