import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tcb from '@cloudbase/node-sdk';
import { startLocal } from '../../local/start';

jest.setTimeout(30_000);

/** `npm start -- --bare`: a college's first CloudBase environment, with nothing in it but its admins. */
describe('bare start', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'starfire-bare-'));
  const saved = process.env.STARFIRE_ADMIN_OPENIDS;
  beforeAll(() => (process.env.STARFIRE_ADMIN_OPENIDS = 'bare-admin-1, bare-admin-2'));
  afterAll(() => {
    if (saved === undefined) delete process.env.STARFIRE_ADMIN_OPENIDS;
    else process.env.STARFIRE_ADMIN_OPENIDS = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = async (url: string, body: object, token?: string) =>
    (
      await fetch(url, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: JSON.stringify(body) })
    ).json() as Promise<any>;

  it('seeds nothing, offers only the configured admins, and lets the first admin act', async () => {
    const local = await startLocal({ port: 0, dataDir, quiet: true, bare: true, timers: false });
    try {
      const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
      const collections = ['users', 'org_units', 'teams', 'services', 'slots', 'activities', 'notices', 'messages'];
      const counts = await Promise.all(collections.map(async (name) => (await db.collection(name).count()).total));
      expect(Object.fromEntries(collections.map((name, i) => [name, counts[i]]))).toEqual(
        Object.fromEntries(collections.map((name) => [name, 0])),
      );

      expect(await post(`${local.url}api/dev/identities`, {})).toEqual({
        ok: true,
        data: { bare: true, admins: ['bare-admin-1', 'bare-admin-2'] },
      });

      const { data } = await post(`${local.url}api/dev/login`, { openid: 'bare-admin-1' });
      expect(await post(`${local.url}api/users`, { action: 'login' }, data.token)).toMatchObject({ ok: true });
      expect(await post(`${local.url}api/users`, { action: 'whoami' }, data.token)).toMatchObject({
        ok: true,
        data: { openid: 'bare-admin-1', roles: expect.arrayContaining(['admin']) },
      });
      expect(await post(`${local.url}api/users`, { action: 'listOrgUnits' }, data.token)).toMatchObject({ ok: true, data: { units: [] } });
      expect(await post(`${local.url}api/users`, { action: 'listTeams' }, data.token)).toMatchObject({ ok: true, data: { teams: [] } });
    } finally {
      await local.close();
    }
  });

  it('the demo start still says it is not bare', async () => {
    const demoDir = mkdtempSync(path.join(os.tmpdir(), 'starfire-not-bare-'));
    const local = await startLocal({ port: 0, dataDir: demoDir, quiet: true, timers: false });
    try {
      expect(await post(`${local.url}api/dev/identities`, {})).toMatchObject({ ok: true, data: { bare: false } });
    } finally {
      await local.close();
      rmSync(demoDir, { recursive: true, force: true });
    }
  });
});
