import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JPEG } from '../functions/invoke-function';
import { startTestLocal, type TestLocal } from './local-harness';

jest.setTimeout(60_000);

describe('POST /api/upload: the H5 stand-in for Taro.cloud.uploadFile', () => {
  let local: TestLocal;
  let token: string;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
    token = await local.login({ persona: 'student' });
  });
  afterAll(() => local?.dispose());

  /** The path the app reserves before every upload (`files.reserveUpload`). */
  const reservedPath = async (extension = 'jpg') =>
    (await local.call('files', { action: 'reserveUpload', purpose: 'question-photo', extension }, token)).body.data.cloudPath as string;
  const uploadRaw = (body: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${local.url}api/upload`, { method: 'POST', headers, body: new Uint8Array(body) });
  const uploadReserved = async (body: Buffer) =>
    uploadRaw(body, { authorization: `Bearer ${token}`, 'x-cloud-path': await reservedPath() });

  it('answers 401 without a valid session, like a function call', async () => {
    const none = await uploadRaw(JPEG);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect((await uploadRaw(JPEG, { authorization: 'Bearer v1.forged.sig' })).status).toBe(401);
  });

  it('stores a raw body and answers a cloud:// fileID that files.claim and files.tempUrl accept', async () => {
    const reply = await uploadReserved(JPEG);
    const body = (await reply.json()) as any;
    expect(body).toMatchObject({
      ok: true,
      data: { fileID: expect.stringMatching(/^cloud:\/\/starfire-local\.[^/]+\/uploads\/dev-student\/[0-9a-f]{24}\.jpg$/) },
    });
    const fileId = body.data.fileID;
    expect((await local.call('files', { action: 'claim', fileId, purpose: 'question-photo' }, token)).body).toMatchObject({ ok: true });
    const urls = (await local.call('files', { action: 'tempUrl', fileIds: [fileId] }, token)).body;
    expect(Buffer.from(await (await fetch(urls.data.files[0].tempUrl)).arrayBuffer())).toEqual(JPEG);
  });

  it("stores at the path files.reserveUpload handed out, and only one under the caller's own folder", async () => {
    const reserved = (await local.call('files', { action: 'reserveUpload', purpose: 'question-photo', extension: 'jpg' }, token)).body;
    expect(reserved).toMatchObject({ ok: true });
    const reply = (await (
      await uploadRaw(JPEG, { authorization: `Bearer ${token}`, 'x-cloud-path': reserved.data.cloudPath })
    ).json()) as any;
    expect(reply).toMatchObject({ ok: true, data: { fileID: reserved.data.fileId } });
    // The claim accounts for it: nothing is left for the unclaimed-upload sweep.
    expect(
      (await local.call('files', { action: 'claim', fileId: reply.data.fileID, purpose: 'question-photo' }, token)).body,
    ).toMatchObject({
      ok: true,
    });

    for (const elsewhere of [
      'uploads/dev-teacher/0123456789abcdef01234567.jpg',
      'uploads/dev-student/../dev-teacher/x.jpg',
      'notices/a.jpg',
    ]) {
      const refused = await uploadRaw(JPEG, { authorization: `Bearer ${token}`, 'x-cloud-path': elsewhere });
      expect(await refused.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    // No reservation, no upload: the sweep would never see it.
    expect(await (await uploadRaw(JPEG, { authorization: `Bearer ${token}` })).json()).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('accepts multipart/form-data as Taro.uploadFile sends it', async () => {
    const form = new FormData();
    form.append('note', 'ignored');
    form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), '车辆照片.JPEG');
    const reply = await fetch(`${local.url}api/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-cloud-path': await reservedPath('jpeg') },
      body: form,
    });
    const body = (await reply.json()) as any;
    expect(body.data.fileID).toMatch(/\/uploads\/dev-student\/[0-9a-f]{24}\.jpeg$/);
    const urls = await local.call('files', { action: 'claim', fileId: body.data.fileID, purpose: 'booking-photo' }, token);
    expect(urls.body).toMatchObject({ ok: true, data: { file: { size: JPEG.length, contentType: 'image/jpeg' } } });
  });

  it('refuses more than 5 MB without storing it, declared or streamed', async () => {
    const folder = path.join(local.dataDir, 'db', 'storage', 'objects', 'uploads', 'dev-student');
    const stored = () => (existsSync(folder) ? readdirSync(folder).length : 0);
    const before = stored();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1);
    const declared = await uploadReserved(big);
    expect(declared.status).toBe(200);
    expect(await declared.json()).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });

    // No Content-Length: the cap applies while reading.
    const stream = new ReadableStream({
      start(controller) {
        for (let sent = 0; sent < big.length; sent += 256 * 1024) controller.enqueue(big.subarray(sent, sent + 256 * 1024));
        controller.close();
      },
    });
    const streamed = await fetch(`${local.url}api/upload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-cloud-path': await reservedPath() },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(await streamed.json()).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    expect(stored()).toBe(before);

    const exactly = await uploadReserved(big.subarray(0, 5 * 1024 * 1024));
    expect(await exactly.json()).toMatchObject({ ok: true });
  });

  it('refuses an empty body', async () => {
    expect(await (await uploadReserved(Buffer.alloc(0))).json()).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});
