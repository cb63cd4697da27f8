import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { ADMIN, TEACHER, addMember } from './qa-fixtures';

jest.setTimeout(60_000);

/** The author is told why a post was hidden, restored or deleted: once per decision. */
describe('qa: moderation notices to the author (integration)', () => {
  let local: TestLocal;
  let qa: FunctionCall<'qa'>;
  let inbox: (openid: string) => Promise<{ title: string; body: string }[]>;

  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    qa = functionClient(local, 'qa');
    const messages = functionClient(local, 'messages');
    inbox = async (openid) =>
      ((await messages(openid, 'list', { limit: 50 })).data.items as any[]).filter((message) => message.kind === 'qaModerated');
  });
  afterAll(() => local?.dispose());

  it('hide, restore, delete by an admin each reach the author with the reason; a repeat changes nothing', async () => {
    const questionId = (await qa(TEACHER, 'ask', { title: '轮胎鼓包还能开吗', body: '正文', tags: ['轮胎'] })).data.questionId;
    expect(await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'hide', reason: '含联系方式' })).toMatchObject({ ok: true });
    expect(await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'hide', reason: '含联系方式' })).toMatchObject({ ok: true });
    let received = await inbox(TEACHER);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ title: '你的发帖「轮胎鼓包还能开吗」已被隐藏', body: '含联系方式' });

    await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'restore', reason: '已核实无误' });
    await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'hide', reason: '再次含联系方式' });
    await qa(ADMIN, 'moderate', { targetId: questionId, decision: 'delete', reason: '多次违规' });
    received = await inbox(TEACHER);
    expect(received.map((message) => message.body)).toEqual(['多次违规', '再次含联系方式', '已核实无误', '含联系方式']);
  });

  it('three reports hide an answer and its author hears it', async () => {
    const questionId = (await qa(TEACHER, 'ask', { title: '电瓶亏电怎么办', body: '正文', tags: ['电瓶'] })).data.questionId;
    const answerId = (await qa('dev-student', 'answer', { questionId, body: '找人搭电再去充电' })).data.answerId;
    for (const reporter of await Promise.all(['qa-n1', 'qa-n2', 'qa-n3'].map((openid) => addMember(openid)))) {
      await qa(reporter, 'report', { targetId: answerId, reason: '不靠谱' });
    }
    const [hidden] = await inbox('dev-student');
    expect(hidden).toMatchObject({ title: expect.stringContaining('已被隐藏'), body: expect.stringContaining('多名成员举报') });
  });
});
