import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { studentApplication } from './users-fixtures';

jest.setTimeout(60_000);

/** Directory, privacy, team roles, lifecycle, org units and the yearly roll-over (integration). */
describe('member directory, org units and roll-over (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'users'>;

  beforeAll(async () => {
    local = await startTestLocal();
    call = functionClient(local, 'users');
  });
  afterAll(() => local?.dispose());

  const enrol = async (openid: string, memberNo: string, extra: Record<string, unknown> = {}) => {
    const applied = await call(openid, 'applyMembership', studentApplication(memberNo, extra));
    expect(applied).toMatchObject({ ok: true });
    expect(
      await call('dev-admin', 'reviewMembership', { applicationId: applied.data.application.applicationId, approve: true }),
    ).toMatchObject({
      ok: true,
    });
  };

  it('getMember: full contact for self and admins, masked for other members, not found for outsiders', async () => {
    expect(await call('dev-student', 'getMember', { openid: 'dev-leader' })).toMatchObject({
      ok: true,
      data: { member: { name: '王队长', memberNo: '20******08', phone: '138****0003', contactMasked: true, roles: ['student', 'leader'] } },
    });
    expect(await call('dev-leader', 'getMember', { openid: 'dev-leader' })).toMatchObject({
      data: { member: { memberNo: '2022110108', phone: '13800000003', contactMasked: false } },
    });
    expect(await call('dev-admin', 'getMember', { openid: 'dev-leader' })).toMatchObject({ data: { member: { memberNo: '2022110108' } } });
    expect(await call('o-outsider', 'getMember', { openid: 'dev-leader' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await call('o-outsider', 'login');
    expect(await call('o-outsider', 'getMember', { openid: 'o-outsider' })).toMatchObject({
      ok: true,
      data: { member: { status: 'none' } },
    });
    expect(await call('dev-student', 'getMember', { openid: 'o-outsider' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('setTeamRole grants and revokes leadership; only approved members can hold team roles', async () => {
    expect(await call('dev-admin', 'setTeamRole', { openid: 'dev-teacher', teamId: 'team-computer-clinic', role: 'leader' })).toMatchObject(
      {
        ok: true,
        data: { member: { roles: ['teacher', 'leader'] } },
      },
    );
    expect(await call('dev-teacher', 'whoami')).toMatchObject({
      data: { roles: ['teacher', 'leader'], teamIds: ['team-computer-clinic'] },
    });
    await call('dev-admin', 'setTeamRole', { openid: 'dev-teacher', teamId: 'team-computer-clinic', role: 'none' });
    expect(await call('dev-teacher', 'whoami')).toMatchObject({ data: { roles: ['teacher'], teamIds: [] } });
    expect(await call('dev-admin', 'setTeamRole', { openid: 'o-outsider', teamId: 'team-car-care', role: 'volunteer' })).toMatchObject({
      code: 'NOT_A_MEMBER',
    });
    expect(await call('dev-admin', 'setTeamRole', { openid: 'dev-teacher', teamId: 'team-x', role: 'volunteer' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('listMembers searches by name or number prefix and pages with a cursor over everyone exactly once', async () => {
    for (let i = 0; i < 5; i += 1) await enrol(`o-dir-${i}`, `20259900${i}1`, { name: `测试${i}号` });
    const byNumber = await call('dev-admin', 'listMembers', { query: '2025990' });
    expect(byNumber.data.items.map((member: any) => member.memberNo)).toEqual([
      '2025990001',
      '2025990011',
      '2025990021',
      '2025990031',
      '2025990041',
    ]);
    const byName = await call('dev-admin', 'listMembers', { query: '王' });
    expect(byName.data.items.map((member: any) => member.openid)).toEqual(['dev-leader']);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call('dev-admin', 'listMembers', { limit: 2, ...(cursor ? { cursor } : {}) });
      expect(page.data.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.items.map((member: any) => member.openid));
      cursor = page.data.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(await call('dev-admin', 'listMembers', { query: { $regex: '.*' } })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('graduated: loses member roles, keeps number, binding and history', async () => {
    await enrol('o-graduate', '2025880001', { teamId: 'team-car-care' });
    expect(await call('dev-admin', 'setMemberStatus', { openid: 'o-graduate', status: 'graduated' })).toMatchObject({
      ok: true,
      data: { member: { status: 'graduated', roles: ['guest'], memberNo: '2025880001', teamRoles: [] } },
    });
    expect(await call('o-graduate', 'whoami')).toMatchObject({ data: { roles: ['guest'], membershipStatus: 'graduated' } });
    expect(await call('o-graduate', 'myMembership')).toMatchObject({ data: { status: 'graduated', application: { status: 'approved' } } });
    expect(await call('o-impostor', 'applyMembership', studentApplication('2025880001'))).toMatchObject({ code: 'MEMBER_NO_TAKEN' });
    expect(await call('dev-admin', 'setMemberStatus', { openid: 'o-graduate', status: 'left' })).toMatchObject({ code: 'NOT_A_MEMBER' });
    const graduates = await call('dev-admin', 'listMembers', { status: 'graduated' });
    expect(graduates.data.items.map((member: any) => member.openid)).toContain('o-graduate');
  });

  it('org units: create, edit, refuse loops, refuse removing a unit in use, remove an empty one', async () => {
    expect((await call('o-anyone', 'listOrgUnits')).data.units.length).toBeGreaterThanOrEqual(9);
    expect((await call('o-anyone', 'listTeams')).data.teams.map((team: any) => team.name)).toContain('汽车维护服务队');
    const created = await call('dev-admin', 'saveOrgUnit', {
      name: '汽修2501班',
      kind: 'class',
      parentId: 'ou-branch-auto',
      stage: 1,
      years: 3,
    });
    expect(created).toMatchObject({ ok: true, data: { unit: { name: '汽修2501班', stage: 1, archived: false } } });
    const id = created.data.unit.orgUnitId;
    expect(
      await call('dev-admin', 'saveOrgUnit', {
        orgUnitId: id,
        name: '汽修2501班（订单班）',
        kind: 'class',
        parentId: 'ou-branch-auto',
        stage: 1,
        years: 3,
      }),
    ).toMatchObject({ ok: true, data: { unit: { orgUnitId: id, name: '汽修2501班（订单班）' } } });
    expect(
      await call('dev-admin', 'saveOrgUnit', {
        orgUnitId: 'ou-branch-auto',
        name: '汽车专业群团支部',
        kind: 'branch',
        parentId: 'ou-class-qx2301',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await call('dev-admin', 'saveOrgUnit', { name: '无上级', kind: 'class', parentId: 'ou-nowhere', stage: 1, years: 3 }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await call('dev-admin', 'removeOrgUnit', { orgUnitId: 'ou-branch-auto' })).toMatchObject({ code: 'ORG_UNIT_IN_USE' });
    expect(await call('dev-admin', 'removeOrgUnit', { orgUnitId: 'ou-class-qx2301' })).toMatchObject({ code: 'ORG_UNIT_IN_USE' });
    expect(await call('dev-admin', 'removeOrgUnit', { orgUnitId: 'ou-college-auto-info' })).toMatchObject({ code: 'ORG_UNIT_IN_USE' });
    expect(await call('dev-admin', 'removeOrgUnit', { orgUnitId: id })).toEqual({ ok: true, data: { removed: true } });
    expect(await call('dev-admin', 'removeOrgUnit', { orgUnitId: id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await call('dev-student', 'saveOrgUnit', { name: 'x', kind: 'class', parentId: null })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('roll-over: preview lists promotions and graduations; apply refuses a stale hash and applies once', async () => {
    const preview = await call('dev-admin', 'previewRollover', { toYear: 2026 });
    expect(preview.ok).toBe(true);
    const moves = Object.fromEntries(preview.data.moves.map((move: any) => [move.orgUnitId, move]));
    expect(moves['ou-class-qx2201']).toMatchObject({ fromStage: 3, toStage: null, members: 1 });
    expect(moves['ou-class-qx2301']).toMatchObject({ fromStage: 2, toStage: 3 });
    expect(preview.data.graduatingMembers).toBe(1);
    expect(preview.data.planHash).toMatch(/^[a-f0-9]{64}$/);
    expect(JSON.stringify(preview.data)).not.toContain('dev-leader');

    expect(await call('dev-admin', 'applyRollover', { toYear: 2026, planHash: 'f'.repeat(64) })).toMatchObject({ code: 'PLAN_STALE' });
    // A member approved into a graduating class after the preview makes the plan stale.
    await enrol('o-late', '2025770001', { orgUnitId: 'ou-class-qx2201' });
    expect(await call('dev-admin', 'applyRollover', { toYear: 2026, planHash: preview.data.planHash })).toMatchObject({
      code: 'PLAN_STALE',
    });

    const fresh = await call('dev-admin', 'previewRollover', { toYear: 2026 });
    expect(fresh.data.graduatingMembers).toBe(2);
    const [applied, again] = await Promise.all([
      call('dev-admin', 'applyRollover', { toYear: 2026, planHash: fresh.data.planHash }),
      call('dev-admin', 'applyRollover', { toYear: 2026, planHash: fresh.data.planHash }),
    ]);
    const results = [applied, again].filter((reply) => reply.ok).map((reply) => reply.data);
    const total = (key: keyof (typeof results)[number]) => results.reduce((sum, result) => sum + result[key], 0);
    expect(total('graduatedMembers')).toBe(2);
    expect(total('archivedClasses')).toBe(2);
    expect(total('promotedClasses')).toBe(fresh.data.moves.length - 2);

    expect(await call('dev-leader', 'whoami')).toMatchObject({ data: { roles: ['guest'], membershipStatus: 'graduated' } });
    const units = (await call('dev-admin', 'listOrgUnits')).data.units;
    expect(units.find((unit: any) => unit.orgUnitId === 'ou-class-qx2201')).toMatchObject({ archived: true, stage: 3 });
    expect(units.find((unit: any) => unit.orgUnitId === 'ou-class-qx2301')).toMatchObject({ archived: false, stage: 3 });
    expect((await call('dev-admin', 'previewRollover', { toYear: 2026 })).data.moves).toEqual([]);
    expect(await call('dev-admin', 'applyRollover', { toYear: 2026, planHash: fresh.data.planHash })).toMatchObject({ code: 'PLAN_STALE' });
    expect(await call('o-x', 'applyMembership', studentApplication('2025770009', { orgUnitId: 'ou-class-qx2201' }))).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
