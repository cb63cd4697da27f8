import { startTestDb, type TestDb } from './harness';

let t: TestDb;
beforeAll(async () => (t = await startTestDb({ sensitiveWords: () => ['代考'] })));
afterAll(() => t.close());

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('fake jpeg body')]);

describe('storage through the real SDK', () => {
  it('uploads, hands out a temporary URL that downloads the bytes, and deletes', async () => {
    const { fileID } = await t.app.uploadFile({ cloudPath: 'qa/q1/tyre.jpg', fileContent: JPEG });
    expect(fileID).toMatch(/^cloud:\/\/local-env\.[^/]+\/qa\/q1\/tyre\.jpg$/);
    const { fileList } = await t.app.getTempFileURL({ fileList: [{ fileID, maxAge: 60 }] });
    expect(fileList[0]).toMatchObject({ fileID, code: 'SUCCESS' });
    const response = await fetch(fileList[0].tempFileURL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(JPEG);
    const { fileContent } = await t.app.downloadFile({ fileID });
    expect(fileContent).toEqual(JPEG);
    const deleted = await t.app.deleteFile({ fileList: [fileID] });
    expect(deleted.fileList).toEqual([{ fileID, code: 'SUCCESS' }]);
    expect((await t.app.getTempFileURL({ fileList: [fileID] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
    expect((await fetch(fileList[0].tempFileURL)).status).toBe(404);
  });

  it("answers COS's response-content-disposition parameter as the header, and refuses one that is not ASCII", async () => {
    const { fileID } = await t.app.uploadFile({ cloudPath: 'exports/o-1/1-attendance.xlsx', fileContent: Buffer.from('PK\u0003\u0004') });
    const [{ tempFileURL }] = (await t.app.getTempFileURL({ fileList: [fileID] })).fileList;
    expect((await fetch(tempFileURL)).headers.get('content-disposition')).toBeNull();
    const named = "attachment; filename*=UTF-8''%E7%AD%BE%E5%88%B0.xlsx";
    const response = await fetch(`${tempFileURL}&response-content-disposition=${encodeURIComponent(named)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(named);
    expect(
      (await fetch(`${tempFileURL}&response-content-disposition=${encodeURIComponent('attachment; filename=签到.xlsx')}`)).status,
    ).toBe(400);
  });

  it('refuses a tampered or expired download URL and a path that leaves the store', async () => {
    const { fileID } = await t.app.uploadFile({
      cloudPath: 'private/a.png',
      fileContent: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    const [{ tempFileURL }] = (await t.app.getTempFileURL({ fileList: [fileID] })).fileList;
    expect((await fetch(tempFileURL.replace('a.png', 'b.png'))).status).toBe(403);
    // Change the signature's first digit to a different one (replacing it with a fixed '0' left it unchanged 1 run in 16).
    const tampered = tempFileURL.replace(/sig=([0-9a-f])/, (_match: string, digit: string) => `sig=${digit === '0' ? '1' : '0'}`);
    expect(tampered).not.toBe(tempFileURL);
    expect((await fetch(tampered)).status).toBe(403);
    await expect(t.app.uploadFile({ cloudPath: '../escape.jpg', fileContent: JPEG })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    expect((await t.app.getTempFileURL({ fileList: ['cloud://local-env.other-bucket/private/a.png'] })).fileList[0].code).toBe(
      'STORAGE_FILE_NONEXIST',
    );
  });
});

describe('WeChat open API through the real SDK', () => {
  it('writes subscription messages to the local outbox', async () => {
    const { result } = await t.app.callWxOpenApi({
      apiName: '/cgi-bin/message/subscribe/send',
      requestData: { touser: 'dev-teacher', template_id: 'tpl-booking', page: 'pages/me/index', data: { thing1: { value: '洗车' } } },
    });
    expect(result).toMatchObject({ errcode: 0, errmsg: 'ok' });
    expect(t.emulator.outbox()[0]).toMatchObject({ touser: 'dev-teacher', templateId: 'tpl-booking', data: { thing1: { value: '洗车' } } });
  });

  it('applies the configured word list in the content-security check', async () => {
    const risky = await t.app.callWxOpenApi({
      apiName: '/wxa/msg_sec_check',
      requestData: { content: '有人找代考吗', version: 2, scene: 3, openid: 'x' },
    });
    expect(risky.result.result).toEqual({ suggest: 'risky', label: 20001 });
    const fine = await t.app.callWxOpenApi({
      apiName: '/wxa/msg_sec_check',
      requestData: { content: '胎压多少合适？', version: 2, scene: 3, openid: 'x' },
    });
    expect(fine.result.result.suggest).toBe('pass');
  });
});
