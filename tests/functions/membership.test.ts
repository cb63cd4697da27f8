import * as tcb from '@cloudbase/node-sdk';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { studentApplication } from './users-fixtures';

jest.setTimeout(60_000);

/** Apply → review → roles, through the host and the real SDK against a fresh emulator. */
describe('membership: apply, review, unbind (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'users'>;
  const db = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  const count = async (collection: string, where: object) => (await db().collection(collection).where(where).count()).total;

  beforeAll(async () => {
    local = await startTestLocal();
    call = functionClient(local, 'users');
  });
  afterAll(() => local?.dispose());

  const apply = (openid: string, memberNo: string, extra: Record<string, unknown> = {}) =>
    call(openid, 'applyMembership', studentApplication(memberNo, extra));

  it('apply → approve → whoami shows student and volunteer of the chosen team', async () => {
    await call('o-new-1', 'login', { name: '微信昵称' });
    const applied = await apply('o-new-1', '2024110001', { teamId: 'team-computer-clinic', phone: '13912345678' });
    expect(applied).toMatchObject({ ok: true, data: { application: { status: 'pending', memberNo: '2024110001', openid: 'o-new-1' } } });
    expect(await call('o-new-1', 'whoami')).toMatchObject({ ok: true, data: { roles: ['guest'], membershipStatus: 'pending' } });

    const queue = await call('dev-admin', 'listApplications', {});
    expect(queue.data.items.map((item: any) => item.applicationId)).toContain(applied.data.application.applicationId);

    const reviewed = await call('dev-admin', 'reviewMembership', { applicationId: applied.data.application.applicationId, approve: true });
    expect(reviewed).toMatchObject({ ok: true, data: { application: { status: 'approved' } } });
    expect(await call('o-new-1', 'whoami')).toMatchObject({
      ok: true,
      data: {
        name: '测试同学',
        roles: ['student', 'volunteer'],
        membershipStatus: 'approved',
        orgUnitId: 'ou-class-qx2301',
        teamIds: ['team-computer-clinic'],
      },
    });
    expect(await call('o-new-1', 'myMembership')).toMatchObject({ ok: true, data: { status: 'approved', reason: null } });
    expect(await db().collection('member_bindings').doc('2024110001').get()).toMatchObject({
      data: [{ openid: 'o-new-1', state: 'bound' }],
    });
  });

  it('reject with a reason: the applicant sees status and reason, and the number is free again', async () => {
    const applied = await apply('o-rejected', '2024110002');
    const applicationId = applied.data.application.applicationId;
    expect(await call('dev-admin', 'reviewMembership', { applicationId, approve: false })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('驳回时请填写原因'),
    });
    expect(await call('dev-admin', 'reviewMembership', { applicationId, approve: false, reason: '学号与姓名不符' })).toMatchObject({
      ok: true,
    });
    expect(await call('o-rejected', 'myMembership')).toMatchObject({
      ok: true,
      data: { status: 'rejected', reason: '学号与姓名不符', application: { status: 'rejected', reason: '学号与姓名不符' } },
    });
    expect(await call('o-rejected', 'whoami')).toMatchObject({ data: { roles: ['guest'] } });
    expect(await apply('o-rightful', '2024110002')).toMatchObject({ ok: true });
    expect(await call('dev-admin', 'reviewMembership', { applicationId, approve: true })).toMatchObject({
      ok: false,
      code: 'APPLICATION_CLOSED',
    });
  });

  it('refuses a second identity with the same number, and a second number for the same identity', async () => {
    expect(await apply('o-first', '2024110003')).toMatchObject({ ok: true });
    expect(await apply('o-second', '2024110003')).toMatchObject({ ok: false, code: 'MEMBER_NO_TAKEN' });
    // Numbers are case-insensitive: the same person cannot be bound twice by changing case.
    expect(await apply('o-third', 'abc1234', {})).toMatchObject({ ok: true });
    expect(await apply('o-fourth', 'ABC1234')).toMatchObject({ ok: false, code: 'MEMBER_NO_TAKEN' });
    expect(await apply('o-first', '2024110004')).toMatchObject({ ok: false, code: 'APPLICATION_PENDING' });
    expect(await apply('dev-student', '2024110005')).toMatchObject({ ok: false, code: 'ALREADY_MEMBER' });
    expect(await apply('o-new-x', '2023110215')).toMatchObject({ ok: false, code: 'MEMBER_NO_TAKEN' });
  });

  it('race: of 8 identities applying with one number at once, exactly one wins', async () => {
    const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => apply(`o-race-${i}`, '2024119999')));
    const winners = replies.filter((reply) => reply.ok);
    expect(winners).toHaveLength(1);
    for (const reply of replies.filter((r) => !r.ok)) expect(reply.code).toBe('MEMBER_NO_TAKEN');
    expect(await count('member_bindings', { _id: '2024119999' })).toBe(1);
    expect(await count('member_applications', { memberNo: '2024119999' })).toBe(1);
  });

  it('race: one identity applying with 5 numbers at once gets exactly one application', async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, (_, i) => apply('o-greedy', `20241188${i}0`)));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    for (const reply of replies.filter((r) => !r.ok)) expect(reply.code).toBe('APPLICATION_PENDING');
    expect(await count('member_bindings', { openid: 'o-greedy' })).toBe(1);
    expect(await count('member_applications', { openid: 'o-greedy' })).toBe(1);
  });

  it('race: two admins approving (or one approving, one rejecting) at once: one review counts', async () => {
    await call('o-second-admin', 'login');
    await db().collection('users').doc('o-second-admin').update({ admin: true });
    for (const [index, second] of [
      [0, { approve: true }],
      [1, { approve: false, reason: '重复' }],
    ] as const) {
      const applied = await apply(`o-reviewed-${index}`, `202411770${index}`);
      const applicationId = applied.data.application.applicationId;
      const replies = await Promise.all([
        call('dev-admin', 'reviewMembership', { applicationId, approve: true }),
        call('o-second-admin', 'reviewMembership', { applicationId, ...second }),
      ]);
      expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
      expect(replies.find((reply) => !reply.ok)).toMatchObject({ code: 'APPLICATION_CLOSED' });
      const winner = replies.find((reply) => reply.ok)?.data.application.status;
      const { data } = await db().collection('users').doc(`o-reviewed-${index}`).get();
      expect(data[0].membershipStatus).toBe(winner);
      expect(await count('member_bindings', { _id: `202411770${index}` })).toBe(winner === 'approved' ? 1 : 0);
    }
  });

  it('a student calling an admin action is refused with FORBIDDEN in Chinese', async () => {
    for (const [action, params] of [
      ['listApplications', {}],
      ['reviewMembership', { applicationId: 'whatever', approve: true }],
      ['setMemberStatus', { openid: 'dev-leader', status: 'left' }],
    ] as const) {
      expect(await call('dev-student', action, params)).toEqual({
        ok: false,
        code: 'FORBIDDEN',
        message: '没有权限：仅团委管理员可以进行此操作',
      });
    }
  });

  it('an openid in the payload is refused, and the platform’s userInfo changes nothing', async () => {
    expect(await apply('o-honest', '2024110006', { openid: 'dev-admin' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const applied = await apply('o-honest', '2024110006', { userInfo: { openId: 'dev-admin' } });
    expect(applied).toMatchObject({ ok: true, data: { application: { openid: 'o-honest' } } });
    expect(await call('o-honest', 'whoami', { openid: 'dev-admin' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await call('o-honest', 'whoami')).toMatchObject({ data: { openid: 'o-honest', roles: ['guest'] } });
    expect(await call('o-honest', 'listApplications', { userInfo: { openId: 'dev-admin' } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await call('dev-student', 'unbind', { openid: 'dev-leader' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('dev-leader', 'whoami')).toMatchObject({ data: { roles: ['student', 'leader'] } });
  });

  it.each([
    ['wrong type', { memberNo: 20241100 }, '学号/工号'],
    ['missing field', { name: undefined }, '名称'],
    ['over-long name', { name: '名'.repeat(21) }, '名称'],
    ['operator object', { memberNo: { $ne: null } }, '学号/工号'],
    ['operator in org unit', { orgUnitId: { $gt: '' } }, '所在单位'],
    ['bad number pattern', { memberNo: '12-34' }, '学号/工号'],
    ['bad phone', { phone: '12345' }, '手机号'],
    ['unknown kind', { kind: 'alumni' }, '类型'],
    ['unknown org unit', { orgUnitId: 'ou-nowhere' }, '所在组织已不存在'],
    ['student in a branch', { orgUnitId: 'ou-branch-auto' }, '所在组织应为班级'],
    ['unknown team', { teamId: 'team-nowhere' }, '服务队已不存在'],
  ])('bad input (%s) → INVALID_INPUT naming the field in Chinese, nothing written', async (_, override, field) => {
    const before = await count('member_applications', { openid: 'o-bad-input' });
    const reply = await call('o-bad-input', 'applyMembership', { ...studentApplication('2024110007'), ...override });
    expect(reply).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining(field) });
    expect(await count('member_applications', { openid: 'o-bad-input' })).toBe(before);
    expect(await count('member_bindings', { openid: 'o-bad-input' })).toBe(0);
  });

  it('bad input on review and paging: operator ids and forged cursors', async () => {
    expect(await call('dev-admin', 'reviewMembership', { applicationId: { $ne: null }, approve: true })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await call('dev-admin', 'reviewMembership', { applicationId: 'x', approve: 'yes' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await call('dev-admin', 'listApplications', { cursor: 'bm90LWpzb24' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await call('dev-admin', 'listApplications', { limit: 1000 })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('unbind: a member becomes a guest and the number is free; a pending application is withdrawn', async () => {
    const applied = await apply('o-leaving', '2024110008', { teamId: 'team-car-care' });
    await call('dev-admin', 'reviewMembership', { applicationId: applied.data.application.applicationId, approve: true });
    expect(await call('o-leaving', 'unbind')).toEqual({ ok: true, data: { status: 'unbound' } });
    expect(await call('o-leaving', 'whoami')).toMatchObject({ data: { roles: ['guest'], membershipStatus: 'unbound', teamIds: [] } });
    expect(await call('o-leaving', 'unbind')).toMatchObject({ ok: false, code: 'NOT_A_MEMBER' });
    expect(await apply('o-successor', '2024110008')).toMatchObject({ ok: true });

    expect(await call('o-successor', 'unbind', { openid: 'o-successor' })).toEqual({ ok: true, data: { status: 'unbound' } });
    expect(await call('o-successor', 'myMembership')).toMatchObject({ data: { status: 'unbound', application: { status: 'withdrawn' } } });
    expect(await count('member_bindings', { _id: '2024110008' })).toBe(0);
    // The leaver applies again later with the same number: allowed, history kept.
    expect(await apply('o-leaving', '2024110008')).toMatchObject({ ok: true });
    expect(await count('member_applications', { openid: 'o-leaving' })).toBe(2);
  });

  it('first admins come from STARFIRE_ADMIN_OPENIDS, never from a call', async () => {
    expect(await call('o-deploy-admin', 'whoami')).toMatchObject({ data: { roles: ['guest'] } });
    process.env.STARFIRE_ADMIN_OPENIDS = ' o-other , o-deploy-admin';
    try {
      expect(await call('o-deploy-admin', 'whoami')).toMatchObject({ data: { roles: ['admin'] } });
      expect(await call('o-deploy-admin', 'listApplications', {})).toMatchObject({ ok: true });
    } finally {
      delete process.env.STARFIRE_ADMIN_OPENIDS;
    }
    expect(await call('o-deploy-admin', 'listApplications', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
