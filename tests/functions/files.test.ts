import * as tcb from '@cloudbase/node-sdk';
import { main } from '../../cloudfunctions/files';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { invokerOf, JPEG, PNG_HEADER } from './invoke-function';

jest.setTimeout(60_000);

const files = invokerOf('files', main);
const storage = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
/** Uploads as the app does in WeChat (`Taro.cloud.uploadFile`), through the real SDK. */
const upload = async (openid: string, name: string, bytes: Buffer) =>
  (await storage().uploadFile({ cloudPath: `uploads/${openid}/${name}`, fileContent: bytes })).fileID;
const exists = async (fileID: string) => (await storage().getTempFileURL({ fileList: [fileID] })).fileList[0].code === 'SUCCESS';

describe('files function: claim, temporary URLs, removal (real SDK, local storage)', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
  });
  afterAll(() => local?.dispose());

  it('upload → claim → temporary URL → download gives back the same bytes', async () => {
    const fileId = await upload('dev-teacher', 'car.jpg', JPEG);
    const claimed = await files('dev-teacher', { action: 'claim', fileId, purpose: 'booking-photo' });
    expect(claimed).toMatchObject({
      ok: true,
      data: { file: { fileId, purpose: 'booking-photo', contentType: 'image/jpeg', size: JPEG.length, visibility: 'owner' } },
    });
    // Claiming again answers the same record.
    expect((await files('dev-teacher', { action: 'claim', fileId, purpose: 'booking-photo' })).data).toEqual(claimed.data);

    const reply = await files('dev-teacher', { action: 'tempUrl', fileIds: [fileId] });
    expect(reply).toMatchObject({ ok: true, data: { files: [{ fileId, ok: true, tempUrl: expect.stringMatching(/^http/) }] } });
    const [answer] = reply.data.files;
    if (!answer.ok) throw new Error(answer.message);
    const download = await fetch(answer.tempUrl);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(JPEG);
  });

  it('decides per file: the owner and admins see an unattached booking photo, others are refused one by one', async () => {
    const photo = await upload('dev-teacher', 'pc.png', Buffer.concat([PNG_HEADER, Buffer.from('png body')]));
    await files('dev-teacher', { action: 'claim', fileId: photo, purpose: 'booking-photo' });
    const question = await upload('dev-student', 'q.jpg', JPEG);
    await files('dev-student', { action: 'claim', fileId: question, purpose: 'question-photo' });
    const unclaimed = await upload('dev-student', 'raw.jpg', JPEG);

    const asGuest = await files('o-files-guest', { action: 'tempUrl', fileIds: [photo, question, unclaimed] });
    expect(asGuest.data.files.map((f: any) => [f.ok, f.code])).toEqual([
      [false, 'FORBIDDEN'],
      [false, 'FORBIDDEN'],
      [false, 'NOT_FOUND'],
    ]);
    // 李老师 (teacher) is a member: the question photo yes, someone else's booking photo no.
    const asTeacher = await files('dev-teacher', { action: 'tempUrl', fileIds: [question] });
    expect(asTeacher.data.files[0].ok).toBe(true);
    // 张同学 is a volunteer, but no booking has shared the photo with a team (booking-photos.test.ts).
    const volunteer = await files('dev-student', { action: 'tempUrl', fileIds: [photo] });
    expect(volunteer.data.files[0]).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const asAdmin = await files('dev-admin', { action: 'tempUrl', fileIds: [photo, question] });
    expect(asAdmin.data.files.every((f: any) => f.ok)).toBe(true);
  });

  it('refuses a non-image disguised as .jpg, by content, and deletes it', async () => {
    const fileId = await upload('dev-student', 'trick.jpg', Buffer.from('#!/bin/sh\necho not an image\n'));
    expect(await files('dev-student', { action: 'claim', fileId, purpose: 'question-photo' })).toMatchObject({
      ok: false,
      code: 'FILE_NOT_IMAGE',
      message: expect.stringContaining('图片'),
    });
    expect(await exists(fileId)).toBe(false);
    expect((await files('dev-student', { action: 'tempUrl', fileIds: [fileId] })).data.files[0]).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('refuses an image over 5 MB and deletes it; exactly 5 MB is fine', async () => {
    const big = Buffer.concat([PNG_HEADER, Buffer.alloc(5 * 1024 * 1024 + 1 - PNG_HEADER.length)]);
    const tooBig = await upload('dev-student', 'big.png', big);
    expect(await files('dev-student', { action: 'claim', fileId: tooBig, purpose: 'answer-photo' })).toMatchObject({
      ok: false,
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('5 MB'),
    });
    expect(await exists(tooBig)).toBe(false);
    const limit = await upload('dev-student', 'limit.png', big.subarray(0, 5 * 1024 * 1024));
    expect(await files('dev-student', { action: 'claim', fileId: limit, purpose: 'answer-photo' })).toMatchObject({
      ok: true,
      data: { file: { size: 5 * 1024 * 1024 } },
    });
  });

  it("refuses to claim another user's upload or a missing one", async () => {
    const theirs = await upload('dev-teacher', 'mine.jpg', JPEG);
    expect(await files('dev-student', { action: 'claim', fileId: theirs, purpose: 'question-photo' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const missing = theirs.replace('mine.jpg', 'never-uploaded.jpg');
    expect(await files('dev-teacher', { action: 'claim', fileId: missing, purpose: 'question-photo' })).toMatchObject({
      ok: false,
      code: 'FILE_NOT_UPLOADED',
    });
    expect(await files('dev-teacher', { action: 'claim', fileId: { $gt: '' }, purpose: 'question-photo' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('remove: others are refused, the owner deletes object and record; admins may remove any file', async () => {
    const fileId = await upload('dev-teacher', 'old.jpg', JPEG);
    await files('dev-teacher', { action: 'claim', fileId, purpose: 'question-photo' });
    expect(await files('dev-student', { action: 'remove', fileId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await exists(fileId)).toBe(true);
    expect(await files('dev-teacher', { action: 'remove', fileId })).toEqual({ ok: true, data: { removed: true } });
    expect(await exists(fileId)).toBe(false);
    expect((await files('dev-teacher', { action: 'tempUrl', fileIds: [fileId] })).data.files[0]).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await files('dev-teacher', { action: 'remove', fileId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    const other = await upload('dev-student', 'spam.jpg', JPEG);
    await files('dev-student', { action: 'claim', fileId: other, purpose: 'question-photo' });
    expect(await files('dev-admin', { action: 'remove', fileId: other })).toEqual({ ok: true, data: { removed: true } });
    expect(await exists(other)).toBe(false);
  });
});
