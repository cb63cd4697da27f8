import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient } from './function-client';
import { ADMIN, LEADER, STUDENT, TEACHER } from './qa-fixtures';

jest.setTimeout(60_000);

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
});
