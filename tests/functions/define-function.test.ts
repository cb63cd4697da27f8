import { z } from 'zod';
import { defineAction } from '@core/action-contract';
import { EVERYONE } from '@core/roles';
import { ActionError } from '../../cloudfunctions/_lib/action-error';
import { defineFunction } from '../../cloudfunctions/_lib/define-function';
import { buildInvocationContext } from '../../local/host/invocation-context';
import { LOCAL_ENV_ID } from '../../local/sdk-environment';
import { startTestLocal, type TestLocal } from '../host/local-harness';

jest.setTimeout(30_000);

/** A throwaway function exercising the router's rules against the seeded personas' stored roles. */
const contract = {
  grantBadge: defineAction<{ granted: string }>()({ params: z.object({ badge: z.string().max(8) }), allow: ['admin'] }),
  teamWork: defineAction<{ ok: true }>()({ params: z.object({}), allow: ['volunteer', 'leader'] }),
  explode: defineAction<never>()({ params: z.object({}), allow: EVERYONE }),
  refuse: defineAction<never>()({ params: z.object({}), allow: EVERYONE }),
  echoTags: defineAction<unknown>()({ params: z.object({ tags: z.record(z.string(), z.unknown()) }), allow: EVERYONE }),
};

const probe = defineFunction({
  name: 'probe',
  contract,
  handlers: {
    grantBadge: async ({ params }) => ({ granted: params.badge }),
    teamWork: async () => ({ ok: true as const }),
    explode: async () => {
      throw new Error('secret database detail at /srv/x.js:12');
    },
    refuse: async () => {
      throw new ActionError('CONFLICT', '名额已满');
    },
    echoTags: async ({ params }) => params.tags,
  },
});

const as = (openid: string, event: Record<string, unknown>) =>
  probe.main(
    event,
    buildInvocationContext(
      'probe',
      LOCAL_ENV_ID,
      { openid, appid: 'wx-test', clientIp: '127.0.0.1' },
      { timeoutSeconds: 10, memorySize: 256 },
    ),
  );

describe('defineFunction router', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal();
  });
  afterAll(() => local?.dispose());

  it('lets a caller with an allowed stored role in, and refuses others with FORBIDDEN', async () => {
    expect(await as('dev-admin', { action: 'grantBadge', badge: '优秀' })).toEqual({ ok: true, data: { granted: '优秀' } });
    for (const openid of ['dev-teacher', 'dev-student', 'dev-leader', 'o-guest']) {
      expect(await as(openid, { action: 'grantBadge', badge: '优秀' })).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: '没有权限：仅团委管理员可以进行此操作',
      });
    }
    expect(await as('dev-student', { action: 'teamWork' })).toMatchObject({ ok: true });
    expect(await as('dev-leader', { action: 'teamWork' })).toMatchObject({ ok: true });
    expect(await as('dev-teacher', { action: 'teamWork' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('validates params before the role check reaches the database', async () => {
    expect(await as('dev-admin', { action: 'grantBadge', badge: { $ne: null } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await as('dev-admin', { action: 'grantBadge' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('徽章 必填'),
    });
  });

  it('refuses operator keys hidden inside free-form objects', async () => {
    expect(await as('o-any', { action: 'echoTags', tags: { colour: 'red' } })).toEqual({ ok: true, data: { colour: 'red' } });
    expect(await as('o-any', { action: 'echoTags', tags: { nested: { $where: 'sleep(1)' } } })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await as('o-any', { action: 'echoTags', tags: { 'roles.0': 'admin' } })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('maps thrown errors to envelopes without leaking them', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await as('o-any', { action: 'explode' });
    expect(reply).toEqual({ ok: false, code: 'INTERNAL', message: '服务开小差了，请稍后再试' });
    expect(JSON.stringify(reply)).not.toMatch(/secret|srv/);
    spy.mockRestore();
    expect(await as('o-any', { action: 'refuse' })).toEqual({ ok: false, code: 'CONFLICT', message: '名额已满' });
  });

  it('refuses to define an action without a rule or a handler', () => {
    const open = { leaky: { params: z.object({}), allow: [] } };
    expect(() => defineFunction({ name: 'bad', contract: open, handlers: { leaky: async () => 1 } })).toThrow(/declares no allowed roles/);
    const unhandled = { orphan: defineAction<number>()({ params: z.object({}), allow: EVERYONE }) };
    expect(() => defineFunction({ name: 'bad', contract: unhandled, handlers: {} as never })).toThrow(/has no handler/);
  });

  it('exposes the contract so every action × role can be enumerated', () => {
    expect(Object.keys(probe.contract)).toEqual(['grantBadge', 'teamWork', 'explode', 'refuse', 'echoTags']);
  });
});
