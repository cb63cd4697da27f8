import * as tcb from '@cloudbase/node-sdk';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { JPEG } from './invoke-function';
import { STUDENT, TEACHER, qaClient, type QaCall } from './qa-client';

jest.setTimeout(60_000);

/** The Q&A feed on the platform services: content check, claimed photos, the asker's message. */
describe('qa: content security, photos and notifications through the host', () => {
  let local: TestLocal;
  let qa: QaCall;
  let call: (fn: string, openid: string, params: Record<string, unknown>) => Promise<any>;

  beforeAll(async () => {
    local = await startTestLocal();
    qa = qaClient(local);
    call = async (fn, openid, params) => (await local.call(fn, params, await local.login({ openid }))).body;
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
    expect(await call('files', TEACHER, { action: 'claim', fileId: photo, purpose: 'question-photo' })).toMatchObject({ ok: true });
    // Someone else's claimed photo is not theirs to attach.
    expect(await qa(STUDENT, 'ask', ask)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const asked = await qa(TEACHER, 'ask', ask);
    expect(asked.ok).toBe(true);
    expect((await qa(STUDENT, 'getQuestion', { questionId: asked.data.questionId })).data.question.photos).toEqual([photo]);
    // Members may see a question photo.
    expect(await call('files', STUDENT, { action: 'tempUrl', fileIds: [photo] })).toMatchObject({ data: { files: [{ ok: true }] } });
  });

  it('tells the asker of each new answer, once per answer, and not of their own', async () => {
    const before = (await call('messages', TEACHER, { action: 'list', limit: 50 })).data.items.length;
    const questionId = (await qa(TEACHER, 'ask', { title: '空调有霉味', body: '', tags: ['空调'] })).data.questionId;
    await qa(STUDENT, 'answer', { questionId, body: '换空调滤芯，再用除味剂' });
    await qa(TEACHER, 'answer', { questionId, body: '补充：车型是 2018 款' });
    const messages = (await call('messages', TEACHER, { action: 'list', limit: 50 })).data.items;
    expect(messages.length - before).toBe(1);
    expect(messages[0]).toMatchObject({ kind: 'answerReceived', body: expect.stringContaining('空调有霉味') });
  });
});
