import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { ADMIN, LEADER, STUDENT, TEACHER, addMember } from './qa-fixtures';

jest.setTimeout(60_000);

/** Ask → answer → accept → ordering, the feeds and their paging, search and similar titles. */
describe('qa: questions, answers, feed and search through the host', () => {
  let local: TestLocal;
  let qa: FunctionCall<'qa'>;

  beforeAll(async () => {
    local = await startTestLocal();
    qa = functionClient(local, 'qa');
  });
  afterAll(() => local?.dispose());

  const ask = async (openid: string, params: Record<string, unknown>) => {
    const reply = await qa(openid, 'ask', params);
    expect(reply).toMatchObject({ ok: true });
    return reply.data.questionId as string;
  };

  it('asks, answers with a volunteer badge, accepts, and shows the accepted answer first', async () => {
    const questionId = await ask(TEACHER, {
      title: '胎压灯亮了怎么办',
      body: '早上开车仪表盘胎压灯一直亮，四个轮胎看着都正常。',
      tags: ['轮胎'],
    });
    const first = await qa(LEADER, 'answer', { questionId, body: '先用胎压表量一下，冷胎 2.3 bar 左右。' });
    const second = await qa(STUDENT, 'answer', { questionId, body: '补气后要在车机里重置胎压监测，再开几公里灯就灭了。' });
    const plain = await qa(await addMember('qa-bystander', '路人同学'), 'answer', { questionId, body: '我也遇到过' });
    expect([first.ok, second.ok, plain.ok]).toEqual([true, true, true]);

    // Only the asker (or an admin) may accept.
    expect(await qa(STUDENT, 'accept', { questionId, answerId: second.data.answerId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await qa(TEACHER, 'accept', { questionId, answerId: second.data.answerId })).toMatchObject({ ok: true });
    // Accepting again is harmless; accepting another is refused.
    expect(await qa(TEACHER, 'accept', { questionId, answerId: second.data.answerId })).toMatchObject({ ok: true });
    expect(await qa(ADMIN, 'accept', { questionId, answerId: first.data.answerId })).toMatchObject({
      ok: false,
      code: 'ANSWER_ALREADY_ACCEPTED',
    });

    const detail = await qa(STUDENT, 'getQuestion', { questionId });
    expect(detail.ok).toBe(true);
    expect(detail.data.question).toMatchObject({ answerState: 'accepted', answerCount: 3, acceptedAnswerId: second.data.answerId });
    expect(detail.data.answers.map((a: any) => [a.answerId, a.accepted, a.badge, a.authorName])).toEqual([
      [second.data.answerId, true, 'volunteer', '张同学'],
      [first.data.answerId, false, 'leader', '王队长'],
      [plain.data.answerId, false, null, '路人同学'],
    ]);
    expect(detail.data.answers[0].isMine).toBe(true);
  });

  it('an answer must name an existing question and an accept must name one of its answers', async () => {
    const questionId = await ask(TEACHER, { title: '空调出风有异味', body: '', tags: ['空调'] });
    const other = await ask(TEACHER, { title: '电瓶多久换一次', body: '', tags: ['电瓶'] });
    const answer = await qa(STUDENT, 'answer', { questionId: other, body: '一般三到五年' });
    expect(await qa(TEACHER, 'accept', { questionId, answerId: answer.data.answerId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await qa(STUDENT, 'answer', { questionId: 'q_doesnotexist0000', body: '答' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('pages every feed newest first with cursors, without repeats or gaps', async () => {
    const tagged: string[] = [];
    for (let i = 0; i < 7; i++) tagged.push(await ask(LEADER, { title: `事故处理流程第${i}条`, body: '轻微剐蹭怎么处理', tags: ['事故'] }));
    const walk = async (params: Record<string, unknown>) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await qa(TEACHER, 'feed', { ...params, limit: 3, ...(cursor ? { cursor } : {}) });
        expect(page.ok).toBe(true);
        expect(page.data.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.data.items.map((item: any) => item.questionId));
        cursor = page.data.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    expect(await walk({ filter: 'tag', tag: '事故' })).toEqual([...tagged].reverse());
    const latest = await walk({ filter: 'latest' });
    expect(latest.slice(0, 7)).toEqual([...tagged].reverse());
    expect(new Set(latest).size).toBe(latest.length);
    const unanswered = await walk({ filter: 'unanswered' });
    expect(unanswered).toEqual(expect.arrayContaining(tagged));
    const solved = await walk({ filter: 'solved' });
    expect(solved).toHaveLength(1);
    expect(unanswered).not.toContain(solved[0]);
    const mine = await qa(LEADER, 'feed', { filter: 'mine', limit: 50 });
    expect(mine.data.items.map((item: any) => item.questionId)).toEqual([...tagged].reverse());
  });

  it('searches Chinese words in title and body, accepted questions first, and by tag', async () => {
    const inBody = await ask(TEACHER, { title: '冬天车子打不着', body: '拧钥匙没反应，可能是电瓶亏电了', tags: ['电瓶'] });
    const inTitle = await ask(TEACHER, { title: '电瓶亏电怎么搭电', body: '想知道正确步骤', tags: ['电瓶', '保养'] });
    const answer = await qa(STUDENT, 'answer', { questionId: inBody, body: '先用搭电线，正接正、负接车身' });
    await qa(TEACHER, 'accept', { questionId: inBody, answerId: answer.data.answerId });

    const found = await qa(STUDENT, 'search', { q: '电瓶亏电' });
    expect(found.ok).toBe(true);
    expect(found.data.items.map((item: any) => item.questionId)).toEqual([inBody, inTitle]);
    expect((await qa(STUDENT, 'search', { q: '搭电 步骤' })).data.items.map((i: any) => i.questionId)).toEqual([inTitle]);
    expect((await qa(STUDENT, 'search', { q: '电瓶', tag: '保养' })).data.items.map((i: any) => i.questionId)).toEqual([inTitle]);
    expect((await qa(STUDENT, 'search', { q: '发动机异响' })).data.items).toEqual([]);
  });

  it('pages search results by cursor: every match exactly once, accepted first, then answered, then open, newest first', async () => {
    const asked: string[] = [];
    for (let i = 0; i < 7; i++)
      asked.push(await ask(TEACHER, { title: `雨刷第${i}次异响`, body: `雨刷刮水时有异响，第${i}回`, tags: ['保养'] }));
    const answered = await qa(STUDENT, 'answer', { questionId: asked[1], body: '换一对雨刷片' });
    expect(answered).toMatchObject({ ok: true });
    const accepted = await qa(STUDENT, 'answer', { questionId: asked[4], body: '玻璃上有油膜，用除油膜剂' });
    await qa(TEACHER, 'accept', { questionId: asked[4], answerId: accepted.data.answerId });
    const unrelated = await ask(TEACHER, { title: '空调有异味', body: '开空调一股霉味', tags: ['保养'] });

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const reply = await qa(STUDENT, 'search', { q: '雨刷 异响', limit: 3, ...(cursor ? { cursor } : {}) });
      expect(reply).toMatchObject({ ok: true });
      pages.push(reply.data.items.map((item: any) => item.questionId));
      cursor = reply.data.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);

    const open = asked.filter((id) => id !== asked[1] && id !== asked[4]).reverse();
    expect(pages.flat()).toEqual([asked[4], asked[1], ...open]);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).not.toContain(unrelated);
  });

  it('suggests similar questions while a title is typed', async () => {
    const existing = await ask(TEACHER, { title: '雨刮器刮不干净怎么办', body: '', tags: ['保养'] });
    const similar = await qa(STUDENT, 'similar', { title: '雨刮器刮不干净' });
    expect(similar.ok).toBe(true);
    expect(similar.data.items.map((item: any) => item.questionId)).toContain(existing);
    expect((await qa(STUDENT, 'similar', { title: '雨' })).data.items).toEqual([]);
  });

  it('keeps the tag catalogue editable by admins only, and refuses unknown tags', async () => {
    expect((await qa(TEACHER, 'listTags')).data.tags).toEqual(expect.arrayContaining(['保养', '轮胎', '电瓶', '空调', '事故', '电脑']));
    expect(await qa(TEACHER, 'saveTags', { tags: ['保养'] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await qa(ADMIN, 'saveTags', { tags: ['保养', '轮胎', '电瓶', '空调', '事故', '电脑', '洗车'] })).toMatchObject({ ok: true });
    expect(await ask(TEACHER, { title: '洗车用什么清洁剂', body: '', tags: ['洗车'] })).toMatch(/^q_/);
    expect(await qa(TEACHER, 'ask', { title: '车子异响怎么回事', body: '', tags: ['玄学'] })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('玄学'),
    });
  });
});
