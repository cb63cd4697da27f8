import { loadSessionSecret, signSession } from '../../local/host/session-token';
import { startTestLocal, type TestLocal } from './local-harness';

jest.setTimeout(30_000);

const UNAUTHENTICATED = { ok: false, code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' };

describe('host gateway refuses bad calls with clear envelopes', () => {
  let local: TestLocal;
  let token: string;

  beforeAll(async () => {
    local = await startTestLocal();
    token = await local.login({ persona: 'student' });
  });
  afterAll(() => local?.dispose());

  describe('sessions', () => {
    it('refuses a missing token with 401', async () => {
      const reply = await local.post('users', { action: 'whoami' });
      expect(reply).toEqual({ status: 401, body: UNAUTHENTICATED });
    });

    it('refuses a token signed with another secret', async () => {
      const forged = signSession('not-the-secret', 'dev-admin');
      expect(await local.call('users', { action: 'whoami' }, forged)).toEqual({ status: 401, body: UNAUTHENTICATED });
    });

    it('refuses a token whose openid was swapped after signing', async () => {
      const [version, , mac] = token.split('.');
      const body = Buffer.from(JSON.stringify({ sub: 'dev-admin', exp: 4102444800 })).toString('base64url');
      const tampered = `${version}.${body}.${mac}`;
      expect(await local.call('users', { action: 'whoami' }, tampered)).toEqual({ status: 401, body: UNAUTHENTICATED });
    });

    it('refuses an expired token', async () => {
      const expired = signSession(loadSessionSecret(local.dataDir), 'dev-student', -10);
      expect(await local.call('users', { action: 'whoami' }, expired)).toEqual({ status: 401, body: UNAUTHENTICATED });
    });

    it('refuses garbage in the Authorization header', async () => {
      expect((await local.call('users', { action: 'whoami' }, 'v1.x.y')).status).toBe(401);
      expect((await local.call('users', { action: 'whoami' }, 'nonsense')).status).toBe(401);
    });

    it('issues sessions for a fresh openid, and refuses malformed dev logins', async () => {
      const fresh = await local.login({ openid: 'o-fresh-user_01' });
      const reply = await local.call('users', { action: 'whoami' }, fresh);
      expect(reply.body).toMatchObject({ ok: true, data: { openid: 'o-fresh-user_01', roles: ['guest'], registered: false } });
      for (const bad of [{ persona: 'root' }, { openid: { $gt: '' } }, { openid: '../etc' }, {}]) {
        expect((await local.post('dev/login', bad)).body).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      }
    });
  });

  describe('payloads', () => {
    it('answers bad JSON with INVALID_INPUT', async () => {
      const reply = await local.post('users', undefined, token, '{"action": "whoami",');
      expect(reply).toMatchObject({ status: 200, body: { ok: false, code: 'INVALID_INPUT' } });
    });

    it('answers a JSON array or scalar with INVALID_INPUT', async () => {
      for (const raw of ['[1,2]', '"whoami"', 'null', '42']) {
        expect((await local.post('users', undefined, token, raw)).body).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      }
    });

    it('answers a body over 1 MB with PAYLOAD_TOO_LARGE and keeps serving', async () => {
      const big = JSON.stringify({ action: 'login', name: 'x'.repeat(1024 * 1024 + 10) });
      const reply = await local.post('users', undefined, token, big);
      expect(reply).toMatchObject({ status: 200, body: { ok: false, code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大' } });
      expect((await local.call('users', { action: 'whoami' }, token)).body.ok).toBe(true);
    });

    it('answers an unknown function with UNKNOWN_FUNCTION', async () => {
      for (const fn of ['nosuch', '_lib', 'Users', '..%2Fusers']) {
        expect((await local.call(fn, { action: 'whoami' }, token)).body).toMatchObject({ ok: false, code: 'UNKNOWN_FUNCTION' });
      }
    });

    it('answers an unknown or missing action with UNKNOWN_ACTION', async () => {
      for (const payload of [{ action: 'dropDatabase' }, { action: 'toString' }, { action: '__proto__' }, { action: 42 }, {}]) {
        expect((await local.call('users', payload, token)).body).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
      }
    });

    it('rejects operator injection with INVALID_INPUT and a Chinese message', async () => {
      const reply = await local.call('users', { action: 'login', name: { $gt: '' } }, token);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ ok: false, code: 'INVALID_INPUT', message: expect.stringMatching(/^提交的信息有误：名称/) });
    });

    it('rejects wrong types and over-long strings with INVALID_INPUT', async () => {
      for (const name of [42, ['a'], true, 'x'.repeat(33), 'a\u0000b']) {
        expect((await local.call('users', { action: 'login', name }, token)).body).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      }
    });
  });

  describe('static site', () => {
    it('serves a Chinese page (or the H5 app) for browser paths, never a crash', async () => {
      const res = await fetch(`${local.url}pages/mine/index`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toMatch(/星火志愿|<div/);
    });

    it('does not serve files outside the H5 folder', async () => {
      const res = await fetch(`${local.url}..%2F..%2Fpackage.json`);
      expect(await res.text()).not.toMatch(/"dependencies"/);
    });
  });
});
