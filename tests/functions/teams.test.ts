import { startTestLocal, type TestLocal } from '../host/local-harness';
import { CAR, publishSlot, putMember } from './bookings-fixtures';
import { functionClient, type FunctionCall } from './function-client';
import { ADMIN, LEADER, STUDENT, TEACHER } from './qa-fixtures';

jest.setTimeout(60_000);

/** Service teams as admins run them: create, edit, archive — each audited, each seen at once. */
describe('service teams (integration)', () => {
  let local: TestLocal;
  let users: FunctionCall<'users'>;
  let bookings: FunctionCall<'bookings'>;
  let messages: FunctionCall<'messages'>;

  beforeAll(async () => {
    local = await startTestLocal();
    users = functionClient(local, 'users');
    bookings = functionClient(local, 'bookings');
    messages = functionClient(local, 'messages');
  });
  afterAll(() => local?.dispose());

  const teamNames = async (openid: string, includeArchived = false) => {
    const reply = await users(openid, 'listTeams', { includeArchived });
    expect(reply).toMatchObject({ ok: true });
    return reply.data.teams.map((team) => team.name);
  };
  const auditKinds = async () => (await users(ADMIN, 'auditTrail', { limit: 50 })).data.items.filter((item) => item.target.type === 'team');

  it('an admin creates, edits and archives a team; a student sees each change at once', async () => {
    const created = await users(ADMIN, 'saveTeam', {
      name: '图书整理队',
      kind: 'other',
      summary: '每周整理学院图书角',
      contact: '李同学 13900000000',
      orgUnitId: 'ou-college-auto-info',
    });
    expect(created).toMatchObject({
      ok: true,
      data: { team: { name: '图书整理队', kind: 'other', contact: '李同学 13900000000', coverFileId: null, archived: false } },
    });
    const { teamId } = created.data.team;
    expect(await teamNames(STUDENT)).toContain('图书整理队');

    const edited = await users(ADMIN, 'saveTeam', {
      teamId,
      name: '图书馆服务队',
      kind: 'other',
      summary: '图书馆值班',
      orgUnitId: 'ou-college-auto-info',
    });
    expect(edited).toMatchObject({ ok: true, data: { team: { teamId, name: '图书馆服务队', summary: '图书馆值班', contact: '' } } });
    expect(await teamNames(STUDENT)).toEqual(expect.arrayContaining(['图书馆服务队']));
    expect(await teamNames(STUDENT)).not.toContain('图书整理队');

    expect(await users(ADMIN, 'archiveTeam', { teamId })).toMatchObject({ ok: true, data: { team: { teamId, archived: true } } });
    expect(await teamNames(STUDENT)).not.toContain('图书馆服务队');
    expect(await teamNames(STUDENT, true)).not.toContain('图书馆服务队');
    expect(await teamNames(ADMIN, true)).toContain('图书馆服务队');
    expect(await teamNames(ADMIN)).not.toContain('图书馆服务队');
    // Archiving again changes nothing and records nothing.
    expect(await users(ADMIN, 'archiveTeam', { teamId })).toMatchObject({ ok: true, data: { team: { archived: true } } });

    const entries = (await auditKinds()).filter((item) => item.target.id === teamId);
    expect(entries.map((item) => item.kind)).toEqual(['team.archive', 'team.update', 'team.create']);
    expect(entries[1]).toMatchObject({
      actorOpenid: ADMIN,
      before: { name: '图书整理队' },
      after: { name: '图书馆服务队', summary: '图书馆值班' },
    });
    expect(entries[0]).toMatchObject({ before: { archived: false }, after: { archived: true } });
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = (await auditKinds()).length;
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '', kind: 'other', orgUnitId: 'ou-college-auto-info' }, 'INVALID_INPUT'],
      [{ name: '新队', kind: 'spaceship', orgUnitId: 'ou-college-auto-info' }, 'INVALID_INPUT'],
      [{ name: '新队', kind: 'other', orgUnitId: { $ne: null } }, 'INVALID_INPUT'],
      [{ name: '新队', kind: 'other', orgUnitId: 'ou-no-such-unit' }, 'INVALID_INPUT'],
      [{ name: '新队', kind: 'other', orgUnitId: 'ou-college-auto-info', coverFileId: 'not-a-file' }, 'INVALID_INPUT'],
      [
        { name: '新队', kind: 'other', orgUnitId: 'ou-college-auto-info', coverFileId: 'cloud://starfire-local.b/uploads/someone/x.jpg' },
        'INVALID_INPUT',
      ],
      [{ name: '汽车维护服务队', kind: 'carCare', orgUnitId: 'ou-college-auto-info' }, 'TEAM_NAME_TAKEN'],
      [{ teamId: 'team-no-such', name: '新队', kind: 'other', orgUnitId: 'ou-college-auto-info' }, 'NOT_FOUND'],
    ];
    for (const [params, code] of cases) {
      const reply = await users(ADMIN, 'saveTeam', params);
      expect({ params, code: reply.code }).toEqual({ params, code });
      expect(reply.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await users(ADMIN, 'archiveTeam', { teamId: 'team-no-such' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await auditKinds()).toHaveLength(before);
  });

  it('only admins may create, edit or archive', async () => {
    for (const openid of [STUDENT, LEADER, TEACHER, 'o-stranger']) {
      expect(await users(openid, 'saveTeam', { name: '越权队', kind: 'other', orgUnitId: 'ou-college-auto-info' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await users(openid, 'archiveTeam', { teamId: 'team-car-care' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await teamNames(ADMIN)).not.toContain('越权队');
  });

  it("an archived team's services leave the catalogue and its open slots take no bookings", async () => {
    const slot = await publishSlot(bookings, 'svc-car-wash');
    const catalogue = async () => (await bookings(TEACHER, 'listServices', {})).data.services.map((service) => service.teamId);
    expect(await catalogue()).toContain('team-car-care');
    expect(await users(ADMIN, 'archiveTeam', { teamId: 'team-car-care' })).toMatchObject({ ok: true });
    expect(await catalogue()).not.toContain('team-car-care');
    expect(await bookings(TEACHER, 'book', { slotId: slot.slotId, details: CAR })).toMatchObject({ ok: false, code: 'SLOT_UNAVAILABLE' });
    // The seat went back: the slot still has every place.
    const slots = await bookings(TEACHER, 'listSlots', { serviceId: 'svc-car-wash' });
    expect(slots).toMatchObject({ ok: true });
    expect(slots.data.slots.find((one) => one.slotId === slot.slotId)).toMatchObject({ remaining: 2 });
  });

  describe('joining a team', () => {
    const whoamiTeams = async (openid: string) => (await users(openid, 'whoami')).data.teamRoles;

    it('two concurrent applies make one request; the leader approves and the member is a volunteer at once', async () => {
      await putMember('o-joiner', 'student');
      const replies = await Promise.all([1, 2].map(() => users('o-joiner', 'applyToTeam', { teamId: 'team-computer-clinic' })));
      expect(replies.map((reply) => reply.code ?? 'ok').sort()).toEqual(['JOIN_PENDING', 'ok']);
      const request = replies.find((reply) => reply.ok)!.data.request;
      expect(request).toMatchObject({ teamId: 'team-computer-clinic', openid: 'o-joiner', status: 'pending' });

      // dev-leader leads car care, not the clinic: not their queue.
      expect(await users(LEADER, 'teamJoinRequests', { teamId: 'team-computer-clinic' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await users(LEADER, 'reviewTeamJoin', { requestId: request.requestId, decision: 'approve' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      await putMember('o-clinic-leader', 'student', [{ teamId: 'team-computer-clinic', role: 'leader' }]);
      const queue = await users('o-clinic-leader', 'teamJoinRequests', { teamId: 'team-computer-clinic', limit: 10 });
      expect(queue).toMatchObject({
        ok: true,
        data: { items: [{ requestId: request.requestId, name: '成员o-joiner' }], nextCursor: null },
      });

      expect(await users('o-clinic-leader', 'reviewTeamJoin', { requestId: request.requestId, decision: 'decline' })).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
      });
      const approved = await users('o-clinic-leader', 'reviewTeamJoin', { requestId: request.requestId, decision: 'approve' });
      expect(approved).toMatchObject({ ok: true, data: { request: { status: 'approved' } } });
      expect(await whoamiTeams('o-joiner')).toEqual([{ teamId: 'team-computer-clinic', role: 'volunteer' }]);
      expect(await users('o-clinic-leader', 'reviewTeamJoin', { requestId: request.requestId, decision: 'approve' })).toMatchObject({
        code: 'APPLICATION_CLOSED',
      });
      expect((await users('o-clinic-leader', 'teamJoinRequests', { teamId: 'team-computer-clinic' })).data.items).toEqual([]);
      expect(await users('o-joiner', 'applyToTeam', { teamId: 'team-computer-clinic' })).toMatchObject({ code: 'ALREADY_IN_TEAM' });

      const [entry] = (await users(ADMIN, 'auditTrail', { kind: 'team.join', limit: 5 })).data.items;
      expect(entry).toMatchObject({ actorOpenid: 'o-clinic-leader', target: { id: 'o-joiner' }, after: { status: '已通过' } });
    });

    it('a decline keeps the member out, says why, and lets them apply again', async () => {
      await putMember('o-declined', 'teacher');
      const { request } = (await users('o-declined', 'applyToTeam', { teamId: 'team-ai-outreach' })).data;
      const declined = await users(ADMIN, 'reviewTeamJoin', { requestId: request.requestId, decision: 'decline', reason: '名额已满' });
      expect(declined).toMatchObject({ ok: true, data: { request: { status: 'declined', reason: '名额已满' } } });
      expect(await whoamiTeams('o-declined')).toEqual([]);
      expect(await users('o-declined', 'applyToTeam', { teamId: 'team-ai-outreach' })).toMatchObject({ ok: true });
    });

    it("the applicant is told the decision in 消息 and sees every request of theirs, newest first, with a decline's reason", async () => {
      await putMember('o-asker', 'student');
      const first = (await users('o-asker', 'applyToTeam', { teamId: 'team-ai-outreach' })).data.request;
      expect(
        await users(ADMIN, 'reviewTeamJoin', { requestId: first.requestId, decision: 'decline', reason: '本学期不招新' }),
      ).toMatchObject({
        ok: true,
      });
      const second = (await users('o-asker', 'applyToTeam', { teamId: 'team-ai-outreach' })).data.request;
      const third = (await users('o-asker', 'applyToTeam', { teamId: 'team-computer-clinic' })).data.request;
      expect(await users(ADMIN, 'reviewTeamJoin', { requestId: third.requestId, decision: 'approve' })).toMatchObject({ ok: true });
      // A retried review is refused and tells nobody twice.
      expect(await users(ADMIN, 'reviewTeamJoin', { requestId: third.requestId, decision: 'approve' })).toMatchObject({
        code: 'APPLICATION_CLOSED',
      });

      const inbox = (await messages('o-asker', 'list', {})).data.items;
      expect(inbox.map((message) => message.title)).toEqual(['加入「电脑义诊队」的申请已通过', '加入「人工智能科普服务队」的申请未通过']);
      expect(inbox[1]).toMatchObject({
        kind: 'teamJoinReviewed',
        body: '原因：本学期不招新',
        page: 'packages/account/team-requests/index',
      });

      const page1 = await users('o-asker', 'myTeamJoinRequests', { limit: 2 });
      expect(page1).toMatchObject({ ok: true });
      expect(page1.data.items.map((item) => [item.requestId, item.status])).toEqual([
        [third.requestId, 'approved'],
        [second.requestId, 'pending'],
      ]);
      const page2 = await users('o-asker', 'myTeamJoinRequests', { limit: 2, cursor: page1.data.nextCursor! });
      expect(page2.data).toMatchObject({
        items: [{ requestId: first.requestId, status: 'declined', reason: '本学期不招新' }],
        nextCursor: null,
      });
      // Someone else's list never shows these.
      expect((await users('o-declined', 'myTeamJoinRequests', {})).data.items.map((item) => item.openid)).toEqual([
        'o-declined',
        'o-declined',
      ]);
    });

    it('only approved members apply, and only to teams that serve', async () => {
      expect(await users('o-stranger', 'applyToTeam', { teamId: 'team-ai-outreach' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      await putMember('o-late', 'student');
      expect(await users('o-late', 'applyToTeam', { teamId: 'team-no-such' })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await users('o-late', 'applyToTeam', { teamId: { $ne: null } })).toMatchObject({ code: 'INVALID_INPUT' });
      // Car care was archived above.
      expect(await users('o-late', 'applyToTeam', { teamId: 'team-car-care' })).toMatchObject({ code: 'TEAM_ARCHIVED' });
    });
  });

  describe("a leader's roster", () => {
    const teamRoles = async (openid: string) => (await users(openid, 'whoami')).data.teamRoles;
    const roster = (params: Record<string, unknown>, as = 'o-roster-leader') =>
      users(as, 'setRosterRole', { teamId: 'team-computer-clinic', ...params });

    beforeAll(async () => {
      await putMember('o-roster-leader', 'student', [{ teamId: 'team-computer-clinic', role: 'leader' }]);
      await putMember('o-roster-member', 'student', [{ teamId: 'team-computer-clinic', role: 'volunteer' }]);
    });

    it('removes a volunteer with a reason and puts them back, each audited and seen at once', async () => {
      expect(await roster({ openid: 'o-roster-member', role: 'none' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      expect(await teamRoles('o-roster-member')).toEqual([{ teamId: 'team-computer-clinic', role: 'volunteer' }]);

      expect(await roster({ openid: 'o-roster-member', role: 'none', reason: '本学期实习' })).toMatchObject({ ok: true });
      expect(await teamRoles('o-roster-member')).toEqual([]);
      expect(await roster({ openid: 'o-roster-member', role: 'volunteer' })).toMatchObject({ ok: true });
      expect(await teamRoles('o-roster-member')).toEqual([{ teamId: 'team-computer-clinic', role: 'volunteer' }]);

      const [on, off] = (await users(ADMIN, 'auditTrail', { kind: 'team.roster', limit: 5 })).data.items;
      expect(off).toMatchObject({
        actorOpenid: 'o-roster-leader',
        target: { id: 'o-roster-member' },
        reason: '本学期实习',
        after: { role: null },
      });
      expect(on).toMatchObject({ before: { role: null }, after: { role: '志愿者' } });
    });

    it("refuses another team's leader, changes to a leader, and non-members", async () => {
      expect(await roster({ openid: 'o-roster-member', role: 'none', reason: '越权' }, LEADER)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await roster({ openid: 'o-roster-member', role: 'none', reason: '越权' }, STUDENT)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await roster({ openid: 'o-clinic-leader', role: 'none', reason: '越权' })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await roster({ openid: 'o-roster-leader', role: 'none', reason: '自己' })).toMatchObject({ code: 'FORBIDDEN' });
      expect(await roster({ openid: 'o-nobody', role: 'volunteer' })).toMatchObject({ code: 'NOT_A_MEMBER' });
      expect(await roster({ openid: { $ne: null }, role: 'volunteer' })).toMatchObject({ code: 'INVALID_INPUT' });
      expect(await teamRoles('o-roster-member')).toEqual([{ teamId: 'team-computer-clinic', role: 'volunteer' }]);
    });
  });
});
