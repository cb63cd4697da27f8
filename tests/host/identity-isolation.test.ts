import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions } from '../../scripts/build-functions';
import { startTestLocal, type TestLocal } from './local-harness';

jest.setTimeout(60_000);

/** End-to-end shape: the host runs the esbuild bundles, as deployed. */
describe('host identity (built bundles)', () => {
  let local: TestLocal;
  let bundlesDir: string;

  beforeAll(async () => {
    // Inside the repo, so the bundles resolve the external SDK from node_modules as a deployed
    // function resolves it from its own installed dependencies.
    const buildRoot = path.resolve(__dirname, '..', '..', 'build');
    mkdirSync(buildRoot, { recursive: true });
    bundlesDir = mkdtempSync(path.join(buildRoot, 'test-bundles-'));
    await buildFunctions(bundlesDir);
    local = await startTestLocal({ useBundles: true, bundlesDir });
  });

  afterAll(async () => {
    await local?.dispose();
    rmSync(bundlesDir, { recursive: true, force: true });
  });

  it('200 interleaved whoami calls from two personas each see only their own identity', async () => {
    const teacher = await local.login({ persona: 'teacher' });
    const student = await local.login({ persona: 'student' });
    // Warm the function (module load, SDK sockets) so the figure measures calls, not the cold start.
    await local.call('users', { action: 'whoami' }, teacher);
    const callers = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 'teacher' : 'student'));

    const started = performance.now();
    const replies = await Promise.all(
      callers.map((who) => local.call('users', { action: 'whoami' }, who === 'teacher' ? teacher : student)),
    );
    const elapsed = performance.now() - started;

    replies.forEach((reply, i) => {
      expect(reply.status).toBe(200);
      const expected =
        callers[i] === 'teacher'
          ? { openid: 'dev-teacher', name: '李老师', roles: ['teacher'] }
          : { openid: 'dev-student', name: '张同学', roles: ['student', 'volunteer'] };
      expect(reply.body).toMatchObject({ ok: true, data: expected });
    });
    console.info(`200 concurrent whoami calls through the host: ${elapsed.toFixed(0)} ms`);
  });

  it('answers a single whoami round trip quickly once warm', async () => {
    const token = await local.login({ persona: 'leader' });
    const rounds = 50;
    const started = performance.now();
    for (let i = 0; i < rounds; i += 1) {
      const reply = await local.call('users', { action: 'whoami' }, token);
      expect(reply.body.data.openid).toBe('dev-leader');
    }
    const perCall = (performance.now() - started) / rounds;
    console.info(`whoami round trip (serial, warm): ${perCall.toFixed(2)} ms`);
    expect(perCall).toBeLessThan(200);
  });

  it('ignores userInfo placed in the payload, and refuses an openid there', async () => {
    const token = await local.login({ persona: 'student' });
    const reply = await local.call('users', { action: 'whoami', userInfo: { openId: 'dev-admin', appId: 'x' } }, token);
    expect(reply.body).toMatchObject({ ok: true, data: { openid: 'dev-student', roles: ['student', 'volunteer'] } });
    for (const smuggled of [{ openid: 'dev-admin' }, { WX_OPENID: 'dev-admin' }]) {
      const refused = await local.call('users', { action: 'whoami', ...smuggled }, token);
      expect(refused.body).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    }
  });
});
