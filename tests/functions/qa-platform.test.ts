import * as tcb from '@cloudbase/node-sdk';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { JPEG } from './invoke-function';
import { functionClient, type FunctionCall } from './function-client';
import { STUDENT, TEACHER } from './qa-fixtures';

jest.setTimeout(60_000);

/** The Q&A feed on the platform services: content check, claimed photos, the asker's message. */
describe('qa: content security, photos and notifications through the host', () => {
  let local: TestLocal;
  let qa: FunctionCall<'qa'>;
  let files: FunctionCall<'files'>;
  let messages: FunctionCall<'messages'>;

  beforeAll(async () => {
    local = await startTestLocal();
    qa = functionClient(local, 'qa');
    files = functionClient(local, 'files');
    messages = functionClient(local, 'messages');
  });
  afterAll(() => local?.dispose());

  const upload = async (openid: string, name: string) =>
    (await tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).uploadFile({ cloudPath: `uploads/${openid}/${name}`, fileContent: JPEG })).fileID;

  it('refuses risky text with CONTENT_RISKY before anything is stored', async () => {
    expect(await qa(TEACHER, 'ask', { title: '有人代考吗急', body: '', tags: ['电脑'] })).toMatchObject({
      ok: false,
      code: 'CONTENT_RISKY',
    });
    expect((await qa(TEACHER, 'search', { q: '代考' })).data.items).toEqual([]);
    const questionId = (await qa(TEACHER, 'ask', { title: '电脑蓝屏怎么办', body: '', tags: ['电脑'] })).data.questionId;
    expect(await qa(STUDENT, 'answer', { questionId, body: '加我刷单' })).toMatchObject({ ok: false, code: 'CONTENT_RISKY' });
  });

  it('accepts only photos the caller uploaded and claimed for the purpose', async () => {
    const photo = await upload(TEACHER, 'tyre.jpg');
    const ask = { title: '轮胎侧面鼓包', body: '见图', tags: ['轮胎'], photos: [photo] };
    expect(await qa(TEACHER, 'ask', ask)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await files(TEACHER, 'claim', { fileId: photo, purpose: 'question-photo' })).toMatchObject({ ok: true });
    // Someone else's claimed photo is not theirs to attach.
    expect(await qa(STUDENT, 'ask', ask)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const asked = await qa(TEACHER, 'ask', ask);
    expect(asked.ok).toBe(true);
    expect((await qa(STUDENT, 'getQuestion', { questionId: asked.data.questionId })).data.question.photos).toEqual([photo]);
    // Members may see a question photo.
    expect(await files(STUDENT, 'tempUrl', { fileIds: [photo] })).toMatchObject({ data: { files: [{ ok: true }] } });
  });

  it('tells the asker of each new answer, once per answer, and not of their own', async () => {
    const before = (await messages(TEACHER, 'list', { limit: 50 })).data.items.length;
    const questionId = (await qa(TEACHER, 'ask', { title: '空调有霉味', body: '', tags: ['空调'] })).data.questionId;
    await qa(STUDENT, 'answer', { questionId, body: '换空调滤芯，再用除味剂' });
    await qa(TEACHER, 'answer', { questionId, body: '补充：车型是 2018 款' });
    const inbox = (await messages(TEACHER, 'list', { limit: 50 })).data.items;
    expect(inbox.length - before).toBe(1);
    // The message (and the push) opens the question itself, not the 问答 tab.
    expect(inbox[0]).toMatchObject({
      kind: 'answerReceived',
      body: expect.stringContaining('空调有霉味'),
      page: `packages/qa/question/index?id=${questionId}`,
    });
  });
});
