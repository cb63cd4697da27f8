import * as tcb from '@cloudbase/node-sdk';
import { main } from '../../cloudfunctions/users';
import { PERSONAS } from '../../local/seed/personas';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { invokerOf } from './invoke-function';

jest.setTimeout(30_000);

const invoke = invokerOf('users', main);

describe('users function (real SDK, local emulator)', () => {
  let local: TestLocal;
  const users = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('users');

  beforeAll(async () => {
    local = await startTestLocal();
  });
  afterAll(() => local?.dispose());

  it('whoami of a never-seen caller is an unregistered guest and writes nothing', async () => {
    const reply = await invoke('o-never-seen', { action: 'whoami' });
    expect(reply).toEqual({
      ok: true,
      data: {
        openid: 'o-never-seen',
        name: '',
        roles: ['guest'],
        registered: false,
        membershipStatus: 'none',
        orgUnitId: null,
        teamIds: [],
        teamRoles: [],
      },
    });
    expect((await users().where({ _id: 'o-never-seen' }).count()).total).toBe(0);
  });

  it('login creates the user document once, keyed by openid, as a guest', async () => {
    const first = await invoke('o-first-login', { action: 'login', name: '小明' });
    expect(first).toMatchObject({
      ok: true,
      data: { openid: 'o-first-login', name: '小明', roles: ['guest'], registered: true, created: true },
    });
    const again = await invoke('o-first-login', { action: 'login', name: '改名' });
    expect(again).toMatchObject({ ok: true, data: { name: '小明', created: false } });
    const { data } = await users().doc('o-first-login').get();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ _id: 'o-first-login', membershipStatus: 'none', teamRoles: [] });
    expect(await invoke('o-first-login', { action: 'whoami' })).toMatchObject({ ok: true, data: { roles: ['guest'], registered: true } });
  });

  it('concurrent first logins of one caller produce exactly one document', async () => {
    const replies = await Promise.all(Array.from({ length: 12 }, () => invoke('o-racer', { action: 'login' })));
    for (const reply of replies) expect(reply).toMatchObject({ ok: true, data: { openid: 'o-racer', roles: ['guest'] } });
    const created = replies.filter((reply) => reply.ok && reply.data.created);
    expect(created).toHaveLength(1);
    expect((await users().where({ _id: 'o-racer' }).count()).total).toBe(1);
  });

  it.each(Object.entries(PERSONAS))('seeded persona %s has its derived roles, class and teams', async (_, persona) => {
    const reply = await invoke(persona.openid, { action: 'whoami' });
    expect(reply).toEqual({
      ok: true,
      data: {
        openid: persona.openid,
        name: persona.name,
        roles: persona.roles,
        registered: true,
        membershipStatus: 'approved',
        orgUnitId: persona.orgUnitId,
        teamIds: persona.teamRoles.map((membership) => membership.teamId),
        teamRoles: persona.teamRoles,
      },
    });
  });

  it('login keeps a seeded persona’s roles', async () => {
    const reply = await invoke(PERSONAS.admin.openid, { action: 'login', name: '别人' });
    expect(reply).toMatchObject({ ok: true, data: { name: '陈老师', roles: ['teacher', 'admin'], created: false } });
  });

  it('takes identity only from the context, never from the event', async () => {
    const reply = await invoke('o-plain', { action: 'whoami', userInfo: { openId: PERSONAS.admin.openid } });
    expect(reply).toMatchObject({ ok: true, data: { openid: 'o-plain', roles: ['guest'] } });
    // An openid among the params is not a param of whoami: refused, never read as identity.
    const smuggled = await invoke('o-plain', { action: 'whoami', openid: PERSONAS.admin.openid });
    expect(smuggled).toEqual({ ok: false, code: 'INVALID_INPUT', message: '提交的信息有误：包含不支持的内容' });
  });

  it('answers UNAUTHENTICATED when the context carries no openid', async () => {
    expect(await main({ action: 'whoami' }, {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await main({ action: 'whoami' }, { environment: '{not json' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('maps a database failure to INTERNAL without leaking details', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const saved = process.env.TCB_CONTEXT_CNFG;
    process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: 'http://127.0.0.1:9/admin' });
    try {
      const reply = await invoke('o-offline', { action: 'whoami' });
      expect(reply).toEqual({ ok: false, code: 'INTERNAL', message: '服务开小差了，请稍后再试' });
    } finally {
      process.env.TCB_CONTEXT_CNFG = saved;
      spy.mockRestore();
    }
  });
});
