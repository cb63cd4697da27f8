import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { ADMIN, STUDENT, TEACHER, addMember } from './qa-fixtures';

jest.setTimeout(60_000);

/** Reports, the three-reporter threshold, what hidden means to members and admins, and review. */
describe('qa: reporting and moderation through the host', () => {
  let local: TestLocal;
  let qa: FunctionCall<'qa'>;
  let reporters: string[];

  beforeAll(async () => {
    local = await startTestLocal();
    qa = functionClient(local, 'qa');
    reporters = await Promise.all(['qa-r1', 'qa-r2', 'qa-r3', 'qa-r4'].map((openid) => addMember(openid)));
  });
  afterAll(() => local?.dispose());

  const ask = async (title: string) => (await qa(TEACHER, 'ask', { title, body: '正文', tags: ['保养'] })).data.questionId as string;
  const feedIds = async (openid: string) => (await qa(openid, 'feed', { limit: 50 })).data.items.map((item: any) => item.questionId);

  it('three distinct reporters hide a post; the same reporter twice counts once, even at once', async () => {
    const questionId = await ask('机油多久换一次比较好');
    const [r1, r2, r3] = reporters;
    // r1 reports twice concurrently and once more: one report.
    const repeated = await Promise.all([1, 2].map(() => qa(r1, 'report', { targetId: questionId, reason: '广告内容' })));
    expect(repeated.map((reply) => reply.data.reported).sort()).toEqual([false, true]);
    expect(await qa(r1, 'report', { targetId: questionId, reason: '广告内容' })).toMatchObject({ ok: true, data: { reported: false } });
    expect(await qa(r2, 'report', { targetId: questionId, reason: '广告内容' })).toMatchObject({ data: { reported: true, hidden: false } });
    expect(await feedIds(STUDENT)).toContain(questionId);
    expect(await qa(r3, 'report', { targetId: questionId, reason: '与汽车无关' })).toMatchObject({
      data: { reported: true, hidden: true },
    });

    // Hidden: gone for members (feed, detail, search), kept for its author and admins.
    expect(await feedIds(STUDENT)).not.toContain(questionId);
    expect(await qa(STUDENT, 'getQuestion', { questionId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await qa(STUDENT, 'search', { q: '机油' })).data.items).toEqual([]);
    expect(await qa(ADMIN, 'getQuestion', { questionId })).toMatchObject({ ok: true, data: { question: { visibility: 'hidden' } } });
    expect(await qa(TEACHER, 'getQuestion', { questionId })).toMatchObject({
      ok: true,
      data: { question: { visibility: 'hidden', moderation: { hiddenBy: 'reports', reason: null } } },
    });
    const mine = await qa(TEACHER, 'feed', { filter: 'mine', limit: 50 });
    expect(mine.data.items.find((item: any) => item.questionId === questionId)).toMatchObject({ visibility: 'hidden' });

    const queue = await qa(ADMIN, 'reviewQueue');
    expect(queue.data.items.find((item: any) => item.targetId === questionId)).toMatchObject({
      kind: 'question',
      hiddenBy: 'reports',
      reportCount: 3,
      reportReasons: expect.arrayContaining(['广告内容', '与汽车无关']),
    });
    expect(await qa(STUDENT, 'reviewQueue')).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    // An admin restores it: visible again, and the overruled reporters cannot re-hide it.
    expect(await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'restore', reason: '内容正常' })).toMatchObject({
      ok: true,
      data: { visibility: 'visible' },
    });
    expect(await feedIds(STUDENT)).toContain(questionId);
    expect(await qa(r2, 'report', { targetId: questionId, reason: '再举报' })).toMatchObject({ data: { reported: false, hidden: false } });
  });

  it('a hidden answer leaves the question for members, its count and its accepted mark', async () => {
    const questionId = await ask('刹车片更换周期');
    const answer = await qa(STUDENT, 'answer', { questionId, body: '一般三万到五万公里' });
    const answerId = answer.data.answerId;
    await qa(TEACHER, 'accept', { questionId, answerId });
    expect(await qa(ADMIN, 'moderate', { targetId: answerId, decision: 'hide', reason: '含有不实信息' })).toMatchObject({ ok: true });
    const seenByMember = await qa(TEACHER, 'getQuestion', { questionId });
    expect(seenByMember.data.answers).toEqual([]);
    expect(seenByMember.data.question).toMatchObject({ answerCount: 0, answerState: 'none', acceptedAnswerId: null });
    const seenByAdmin = await qa(ADMIN, 'getQuestion', { questionId });
    expect(seenByAdmin.data.answers).toEqual([expect.objectContaining({ answerId, visibility: 'hidden' })]);
    // The answer's author still sees their own hidden answer, marked.
    expect((await qa(STUDENT, 'getQuestion', { questionId })).data.answers).toEqual([
      expect.objectContaining({ answerId, visibility: 'hidden', moderation: { hiddenBy: 'admin', reason: '含有不实信息' } }),
    ]);
    // Restored: counted again, but the acceptance is not silently brought back.
    await qa(ADMIN, 'moderate', { targetId: answerId, decision: 'restore', reason: '核实无误' });
    expect((await qa(TEACHER, 'getQuestion', { questionId })).data.question).toMatchObject({ answerCount: 1, answerState: 'answered' });
  });

  it('admins delete with a reason; authors delete their own; others cannot', async () => {
    const byAdmin = await ask('车内有烟味怎么去除');
    expect(await qa(STUDENT, 'moderate', { targetId: byAdmin, decision: 'delete', reason: '违规' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await qa(ADMIN, 'moderate', { targetId: byAdmin, decision: 'delete', reason: '重复提问' })).toMatchObject({
      ok: true,
      data: { visibility: 'deleted' },
    });
    expect(await qa(ADMIN, 'getQuestion', { questionId: byAdmin })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await qa(ADMIN, 'moderate', { targetId: byAdmin, decision: 'restore', reason: '误删' })).toMatchObject({ code: 'NOT_FOUND' });

    const own = await ask('玻璃水可以用清水代替吗');
    expect(await qa(STUDENT, 'deletePost', { targetId: own })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await qa(TEACHER, 'deletePost', { targetId: own })).toMatchObject({ ok: true });
    expect(await qa(TEACHER, 'deletePost', { targetId: own })).toMatchObject({ ok: true });
    expect(await feedIds(TEACHER)).not.toContain(own);
    expect((await qa(TEACHER, 'search', { q: '玻璃水' })).data.items).toEqual([]);
    expect((await qa(TEACHER, 'feed', { filter: 'tag', tag: '保养', limit: 50 })).data.items.map((i: any) => i.questionId)).not.toContain(
      own,
    );
  });
});
