import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tcb from '@cloudbase/node-sdk';
import { startLocal } from '../../local/start';

jest.setTimeout(30_000);

describe('local start on a kept data dir', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'starfire-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('seeds once, keeps changes and sessions across a restart, and closes cleanly', async () => {
    const first = await startLocal({ port: 0, dataDir, quiet: true });
    const login = await fetch(`${first.url}api/dev/login`, { method: 'POST', body: JSON.stringify({ persona: 'teacher' }) });
    const { data } = (await login.json()) as { data: { token: string } };
    // The app changed a persona since the seed; a restart must not undo it.
    await tcb
      .init({ env: tcb.SYMBOL_CURRENT_ENV })
      .database()
      .collection('users')
      .doc('dev-teacher')
      .update({ teamRoles: [{ teamId: 'team-computer-clinic', role: 'volunteer' }] });
    const counts = async () => {
      const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
      return Promise.all(['users', 'org_units', 'teams'].map(async (name) => (await db.collection(name).count()).total));
    };
    const before = await counts();
    await first.close();

    const second = await startLocal({ port: 0, dataDir, quiet: true });
    try {
      expect(await counts()).toEqual(before);
      const reply = await fetch(`${second.url}api/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${data.token}` },
        body: JSON.stringify({ action: 'whoami' }),
      });
      expect(await reply.json()).toMatchObject({
        ok: true,
        data: { openid: 'dev-teacher', roles: ['teacher', 'volunteer'], teamIds: ['team-computer-clinic'] },
      });
    } finally {
      await second.close();
    }
  });

  it('seeds the org-unit tree and the three service teams', async () => {
    const local = await startLocal({ port: 0, dataDir, quiet: true });
    try {
      const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
      const teams = (await db.collection('teams').get()).data.map((team: { name: string }) => team.name).sort();
      expect(teams).toEqual(['人工智能科普服务队', '汽车维护服务队', '电脑义诊队'].sort());
      const classes = (await db.collection('org_units').where({ kind: 'class' }).get()).data.map((unit: { name: string }) => unit.name);
      expect(classes).toEqual(expect.arrayContaining(['汽修2301班', '计应2302班']));
    } finally {
      await local.close();
    }
  });
});
