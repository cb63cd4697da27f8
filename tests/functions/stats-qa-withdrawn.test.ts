import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { functionClient } from './function-client';
import { ADMIN, LEADER, STUDENT, TEACHER } from './qa-fixtures';

jest.setTimeout(60_000);

/** The accepted questions the stored rollups count, over every term, month, team and unit. */
const acceptedCounted = async (): Promise<number> => {
  const { data } = await db().collection('stats_monthly').limit(1000).get();
  return (data as { acceptedQuestions?: number }[]).reduce((sum, doc) => sum + (doc.acceptedQuestions ?? 0), 0);
};

/**
 * Issue 17: when an accepted answer is withdrawn (deleted by its author, hidden by moderation) the
 * question is no longer accepted, so the rollups must stop counting the accept — the rebuild,
 * which reads the question as it is now, agrees only then.
 */
describe('stats: an accepted answer withdrawn', () => {
  let local: TestLocal;
  afterAll(() => local?.dispose());

  it('un-counts the accept, and a second accepted answer counts the question once', async () => {
    local = await startTestLocal({ timers: false });
    const qa = functionClient(local, 'qa');
    const stats = functionClient(local, 'stats');
    const asked = await qa(TEACHER, 'ask', { title: '电瓶亏电怎么处理', body: '车放了两周打不着火了，怎么办？', tags: ['轮胎'] });
    const questionId = asked.data.questionId;
    const first = (await qa(STUDENT, 'answer', { questionId, body: '先搭电启动，再跑半小时充电。' })).data.answerId;
    const second = (await qa(LEADER, 'answer', { questionId, body: '电瓶用了三年以上建议检测一下。' })).data.answerId;
    expect(await qa(TEACHER, 'accept', { questionId, answerId: first })).toMatchObject({ ok: true });

    expect(await qa(STUDENT, 'deletePost', { targetId: first })).toMatchObject({ ok: true });
    expect((await stats(ADMIN, 'rebuild', { write: false })).data).toMatchObject({ differences: 0 });

    expect(await qa(TEACHER, 'accept', { questionId, answerId: second })).toMatchObject({ ok: true });
    expect((await stats(ADMIN, 'rebuild', { write: false })).data).toMatchObject({ differences: 0 });
  });

  it('counts the same answer accepted again after its acceptance was cleared', async () => {
    const qa = functionClient(local, 'qa');
    const stats = functionClient(local, 'stats');
    const asked = await qa(TEACHER, 'ask', { title: '雨刮器异响怎么办', body: '下雨天雨刮器一刮就响，怎么处理？', tags: ['轮胎'] });
    const questionId = asked.data.questionId;
    const answerId = (await qa(STUDENT, 'answer', { questionId, body: '先清洁雨刮条，老化了就换新的。' })).data.answerId;
    const before = await acceptedCounted();

    expect(await qa(TEACHER, 'accept', { questionId, answerId })).toMatchObject({ ok: true });
    expect(await acceptedCounted()).toBe(before + 1);
    // An admin hides the answer (the acceptance is cleared), then restores it: the question stays open.
    expect(await qa(ADMIN, 'moderate', { targetId: answerId, decision: 'hide', reason: '核实中' })).toMatchObject({ ok: true });
    expect(await acceptedCounted()).toBe(before);
    expect(await qa(ADMIN, 'moderate', { targetId: answerId, decision: 'restore', reason: '核实无误' })).toMatchObject({ ok: true });
    expect(await acceptedCounted()).toBe(before);

    // The asker accepts the same answer again: a second acceptance, counted once more.
    expect(await qa(TEACHER, 'accept', { questionId, answerId })).toMatchObject({ ok: true });
    expect(await acceptedCounted()).toBe(before + 1);
    // A replayed accept (the same reply to a retried call) counts nothing more.
    expect(await qa(TEACHER, 'accept', { questionId, answerId })).toMatchObject({ ok: true });
    expect(await acceptedCounted()).toBe(before + 1);
    expect((await stats(ADMIN, 'rebuild', { write: false })).data).toMatchObject({ differences: 0 });

    // Cleared and accepted a third time by two concurrent calls: one acceptance, still one accepted question.
    expect(await qa(ADMIN, 'moderate', { targetId: answerId, decision: 'hide', reason: '再次核实' })).toMatchObject({ ok: true });
    expect(await qa(ADMIN, 'moderate', { targetId: answerId, decision: 'restore', reason: '核实无误' })).toMatchObject({ ok: true });
    const both = await Promise.all([qa(TEACHER, 'accept', { questionId, answerId }), qa(ADMIN, 'accept', { questionId, answerId })]);
    expect(both).toMatchObject([{ ok: true }, { ok: true }]);
    const { data } = await db().collection('qa_questions').doc(questionId).get();
    expect(data[0]).toMatchObject({ acceptedAnswerId: answerId, acceptSeq: 3 }); // only one of the two accepted
    expect(await acceptedCounted()).toBe(before + 1);
    expect((await stats(ADMIN, 'rebuild', { write: false })).data).toMatchObject({ differences: 0 });
  });
});
