import * as tcb from '@cloudbase/node-sdk';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildFunctions } from '../../scripts/build-functions';
import { startTestLocal, type TestLocal } from './local-harness';

jest.setTimeout(90_000);

const REPO_ROOT = path.join(__dirname, '..', '..');
const sends = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('subscription_sends');

/** `sending` records whose function "crashed" an hour ago: what reconcileSends must report as unknown. */
const insertStaleSends = async (prefix: string, count: number) => {
  const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
  for (let i = 0; i < count; i += 1) {
    await sends().add({
      _id: `${prefix}-${i}:tpl`,
      messageId: `${prefix}-${i}`,
      openid: 'o-timer',
      kind: 'answerReceived',
      templateId: 'tpl',
      status: 'sending',
      createdAt: anHourAgo,
      updatedAt: anHourAgo,
    });
  }
};
const statusesOf = async (prefix: string) => {
  const { data } = await sends()
    .where({
      messageId: tcb
        .init({ env: tcb.SYMBOL_CURRENT_ENV })
        .database()
        .RegExp({ regexp: `^${prefix}-` }),
    })
    .limit(1000)
    .get();
  return (data as { status: string }[]).map((send) => send.status);
};

describe('timer triggers declared in config.json', () => {
  const bundlesDir = path.join(REPO_ROOT, 'build', `test-timers-${process.pid}`);
  afterAll(() => rmSync(bundlesDir, { recursive: true, force: true }));

  it('the host scheduler runs the built bundle’s declared timer on its cron', async () => {
    await buildFunctions(bundlesDir, ['messages']);
    const configFile = path.join(bundlesDir, 'messages', 'config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    expect(config.triggers).toEqual([{ name: 'reconcileSends', type: 'timer', config: '0 */5 * * * * *' }]);
    // Same declaration, a cron that fires every second so the test need not wait five minutes.
    config.triggers[0].config = '* * * * * * *';
    writeFileSync(configFile, JSON.stringify(config));

    const local = await startTestLocal({ useBundles: true, bundlesDir });
    try {
      await insertStaleSends('scheduled', 3);
      const deadline = Date.now() + 10_000;
      while ((await statusesOf('scheduled')).some((status) => status !== 'unknown') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await statusesOf('scheduled')).toEqual(['unknown', 'unknown', 'unknown']);
    } finally {
      await local.dispose();
    }
  });
});

describe('npm run tick and overlapping ticks', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
  });
  afterAll(() => local?.dispose());

  it('tick runs one tick on demand in the running host', async () => {
    await insertStaleSends('on-demand', 2);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/tick.ts', 'messages', 'reconcileSends', '--url', local.url],
      { cwd: REPO_ROOT },
    );
    expect(JSON.parse(stdout.trim())).toEqual({
      function: 'messages',
      trigger: 'reconcileSends',
      result: { ok: true, data: { markedUnknown: 2 } },
    });
    expect(await statusesOf('on-demand')).toEqual(['unknown', 'unknown']);
  });

  it('unknown functions and triggers are refused', async () => {
    expect((await fetch(`${local.url}_local/timers/nope/x`, { method: 'POST' })).status).toBe(404);
    const reply = await fetch(`${local.url}_local/timers/messages/nope`, { method: 'POST' });
    expect(await reply.json()).toMatchObject({ ok: false, message: expect.stringContaining('reconcileSends') });
  });

  it('two overlapping ticks change each record once', async () => {
    await insertStaleSends('overlap', 30);
    const tick = async () =>
      ((await (await fetch(`${local.url}_local/timers/messages`, { method: 'POST' })).json()) as any).data.result.data;
    const [first, second] = await Promise.all([tick(), tick()]);
    expect(first.markedUnknown + second.markedUnknown).toBe(30);
    expect(await statusesOf('overlap')).toEqual(Array(30).fill('unknown'));
    expect((await tick()).markedUnknown).toBe(0);
  });
});
