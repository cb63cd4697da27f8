import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { ADMIN, TEACHER } from './qa-fixtures';
import { studentApplication } from './users-fixtures';

jest.setTimeout(60_000);

/** The admin audit trail: who changed what, when, before and after; atomic with the change; paged. */
describe('admin audit trail (integration)', () => {
  let local: TestLocal;
  let call: FunctionCall<'users'>;
  let qa: FunctionCall<'qa'>;

  beforeAll(async () => {
    local = await startTestLocal();
    call = functionClient(local, 'users');
    qa = functionClient(local, 'qa');
  });
  afterAll(() => local?.dispose());

  const trail = async (params: Record<string, unknown> = {}) => {
    const reply = await call(ADMIN, 'auditTrail', { limit: 50, ...params });
    expect(reply).toMatchObject({ ok: true });
    return reply.data.items;
  };

  it('records a role grant and its revocation with who, when, before and after, newest first', async () => {
    const since = Date.now();
    await call(ADMIN, 'setTeamRole', { openid: TEACHER, teamId: 'team-computer-clinic', role: 'leader' });
    await call(ADMIN, 'setTeamRole', { openid: TEACHER, teamId: 'team-computer-clinic', role: 'none' });
    const [revoke, grant] = await trail();
    expect(revoke).toMatchObject({
      kind: 'role.revoke',
      kindLabel: '撤销角色',
      actorOpenid: ADMIN,
      actorName: '陈老师',
      target: { type: 'member', id: TEACHER },
      before: { team: expect.any(String), role: '队长' },
      after: { role: null },
    });
    expect(grant).toMatchObject({ kind: 'role.grant', before: { role: null }, after: { role: '队长' } });
    expect(Date.parse(grant.at)).toBeGreaterThanOrEqual(since - 1000);
    expect(Date.parse(revoke.at)).toBeGreaterThanOrEqual(Date.parse(grant.at));
  });

  it('a refused change leaves no entry', async () => {
    const before = (await trail()).length;
    expect(await call(ADMIN, 'setTeamRole', { openid: 'o-nobody', teamId: 'team-car-care', role: 'volunteer' })).toMatchObject({
      code: 'NOT_A_MEMBER',
    });
    expect(await trail()).toHaveLength(before);
  });

  it('concurrent edits of one member each land with their own entry', async () => {
    const before = (await trail({ kind: 'role.grant' })).length;
    const replies = await Promise.all(
      ['team-car-care', 'team-computer-clinic'].map((teamId) => call(ADMIN, 'setTeamRole', { openid: TEACHER, teamId, role: 'volunteer' })),
    );
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(await call(TEACHER, 'whoami')).toMatchObject({
      data: { teamIds: expect.arrayContaining(['team-car-care', 'team-computer-clinic']) },
    });
    expect(await trail({ kind: 'role.grant' })).toHaveLength(before + 2);
  });

  it('records a declined membership review with its reason', async () => {
    const applied = await call('o-audit-applicant', 'applyMembership', studentApplication('2023990001', { name: '赵同学' }));
    const applicationId = applied.data.application.applicationId;
    await call(ADMIN, 'reviewMembership', { applicationId, approve: false, reason: '学号与姓名不符' });
    const [entry] = await trail({ kind: 'membership.review' });
    expect(entry).toMatchObject({
      target: { id: 'o-audit-applicant', label: '赵同学（2023990001）' },
      before: { status: '审核中' },
      after: { status: '已驳回' },
      reason: '学号与姓名不符',
    });
  });

  it('records Q&A tag edits and moderation decisions', async () => {
    const tags = (await qa(ADMIN, 'listTags')).data.tags as string[];
    await qa(ADMIN, 'saveTags', { tags: [...tags, '新能源'] });
    const [tagEdit] = await trail({ kind: 'qa.tags' });
    expect(tagEdit).toMatchObject({ before: { tags }, after: { tags: [...tags, '新能源'] } });

    const questionId = (await qa(TEACHER, 'ask', { title: '轮胎气压多少合适', body: '正文', tags: ['保养'] })).data.questionId;
    await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'hide', reason: '重复提问' });
    // Asking for the state it is already in changes nothing and adds no line.
    await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'hide', reason: '重复提问' });
    const moderated = await trail({ kind: 'qa.moderate' });
    expect(moderated).toHaveLength(1);
    expect(moderated[0]).toMatchObject({
      target: { type: 'qaPost', id: questionId, label: '轮胎气压多少合适' },
      before: { visibility: '显示' },
      after: { visibility: '已隐藏' },
      reason: '重复提问',
    });
  });

  it('pages newest first without gaps or repeats, and only admins may read it', async () => {
    const all = await trail();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const reply = await call(ADMIN, 'auditTrail', { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...reply.data.items.map((item) => item.auditId));
      cursor = reply.data.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.map((item) => item.auditId));
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(await call('dev-leader', 'auditTrail', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(ADMIN, 'auditTrail', { kind: 'x' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
