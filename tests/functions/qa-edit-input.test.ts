import type { ActionName } from '@core/function-contracts';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { functionClient, type FunctionCall } from './function-client';
import { STUDENT, TEACHER } from './qa-fixtures';
import { db } from './bookings-fixtures';

jest.setTimeout(60_000);

/** The edit window (by backdating createdAt in the database) and hostile or malformed input. */
describe('qa: edit window and bad input through the host', () => {
  let local: TestLocal;
  let qa: FunctionCall<'qa'>;

  beforeAll(async () => {
    local = await startTestLocal();
    qa = functionClient(local, 'qa');
  });
  afterAll(() => local?.dispose());

  const backdate = (collection: string, id: string, minutes: number) =>
    db()
      .collection(collection)
      .doc(id)
      .update({ createdAt: new Date(Date.now() - minutes * 60_000) });

  it('lets authors edit within 15 minutes and not after', async () => {
    const questionId = (await qa(TEACHER, 'ask', { title: '胎压多少合适', body: '轿车', tags: ['轮胎'] })).data.questionId;
    const edit = { questionId, title: '冬天胎压多少合适', body: '家用轿车', tags: ['轮胎', '保养'] };
    expect(await qa(STUDENT, 'editQuestion', edit)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await qa(TEACHER, 'editQuestion', edit)).toMatchObject({ ok: true });
    const detail = await qa(TEACHER, 'getQuestion', { questionId });
    expect(detail.data.question).toMatchObject({ title: '冬天胎压多少合适', tags: ['轮胎', '保养'], editableUntil: expect.any(String) });
    expect((await qa(TEACHER, 'search', { q: '冬天胎压' })).data.items.map((i: any) => i.questionId)).toEqual([questionId]);
    expect((await qa(TEACHER, 'feed', { filter: 'tag', tag: '保养' })).data.items.map((i: any) => i.questionId)).toContain(questionId);

    const answerId = (await qa(STUDENT, 'answer', { questionId, body: '2.3 bar' })).data.answerId;
    expect(await qa(STUDENT, 'editAnswer', { answerId, body: '冷胎 2.3 bar' })).toMatchObject({ ok: true });

    await backdate('qa_questions', questionId, 16);
    await backdate('qa_answers', answerId, 16);
    expect(await qa(TEACHER, 'editQuestion', edit)).toMatchObject({ ok: false, code: 'EDIT_WINDOW_CLOSED' });
    expect(await qa(STUDENT, 'editAnswer', { answerId, body: '改' })).toMatchObject({ ok: false, code: 'EDIT_WINDOW_CLOSED' });
    expect((await qa(TEACHER, 'getQuestion', { questionId })).data.question.editableUntil).toBeNull();
    // Deleting stays possible after the window.
    expect(await qa(STUDENT, 'deletePost', { targetId: answerId })).toMatchObject({ ok: true });
  });

  it.each([
    ['an operator in place of the title', { title: { $gt: '' }, body: '', tags: ['轮胎'] }],
    ['an operator in place of a tag', { title: '正常的标题', body: '', tags: [{ $ne: null }] }],
    ['an over-long title', { title: '长'.repeat(51), body: '', tags: ['轮胎'] }],
    ['an over-long body', { title: '正常的标题', body: '长'.repeat(1001), tags: ['轮胎'] }],
    ['a too-short title', { title: '胎压', body: '', tags: ['轮胎'] }],
    ['no tag', { title: '正常的标题', body: '', tags: [] }],
    ['too many tags', { title: '正常的标题', body: '', tags: ['轮胎', '保养', '电瓶', '空调'] }],
    ['an unknown tag', { title: '正常的标题', body: '', tags: ['不存在'] }],
    ['a control character', { title: '正常的\u0000标题', body: '', tags: ['轮胎'] }],
    ['a photo that is not a file id', { title: '正常的标题', body: '', tags: ['轮胎'], photos: ['http://evil.example/x.jpg'] }],
    [
      'seven photos',
      {
        title: '正常的标题',
        body: '',
        tags: ['轮胎'],
        photos: Array.from({ length: 7 }, (_, i) => `cloud://env.bucket/uploads/x/${i}.jpg`),
      },
    ],
  ])('refuses %s as INVALID_INPUT', async (_, params) => {
    expect(await qa(TEACHER, 'ask', params)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it.each<[ActionName<'qa'>, Record<string, unknown>]>([
    ['feed', { filter: 'tag' }],
    ['feed', { filter: 'everything' }],
    ['feed', { cursor: 'bm90LWEtY3Vyc29y' }],
    ['feed', { cursor: { $gt: '' } }],
    ['search', { q: { $regex: '.*' } }],
    ['search', { q: '' }],
    ['getQuestion', { questionId: { $ne: null } }],
    ['getQuestion', { questionId: 'users' }],
    ['report', { targetId: 'q_abcdefgh12', reason: '' }],
    ['answer', { questionId: 'q_abcdefgh12', body: '   ' }],
    ['moderate', { targetId: 'q_abcdefgh12', decision: 'purge', reason: '理由充分' }],
  ])('refuses bad %s params %j as INVALID_INPUT', async (action, params) => {
    expect(await qa(TEACHER, action, params)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
