import * as tcb from '@cloudbase/node-sdk';
import { main as filesMain } from '../../cloudfunctions/files/index';
import { insertFileOnce } from '../../cloudfunctions/_lib/storage/file.repository';
import { deleteObjects } from '../../cloudfunctions/_lib/storage/object-store.gateway';
import { UNCLAIMED_UPLOAD_MS } from '../../cloudfunctions/_lib/storage/pending-upload.repository';
import { startTestLocal, type TestLocal } from '../host/local-harness';
import { db } from './bookings-fixtures';
import { invokerOf, JPEG } from './invoke-function';

jest.setTimeout(60_000);

const files = invokerOf('files', filesMain);
const storage = () => tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
const OWNER = 'dev-teacher';

/** One tick of `removeUnclaimedUploads` as the platform sends it (no caller), at `time`. */
const tickAt = async (time: Date) => {
  const reply = await filesMain({ Type: 'Timer', TriggerName: 'removeUnclaimedUploads', Time: time.toISOString() }, {});
  if (!reply.ok) throw new Error(`removeUnclaimedUploads failed: ${reply.code} ${reply.message}`);
  return reply.data as { removedObjects: number; keptClaimed: number; visited: number; passFinished: boolean };
};
const later = (ms: number) => new Date(Date.now() + ms);
const exists = async (fileId: string) => (await storage().getTempFileURL({ fileList: [fileId] })).fileList[0].code === 'SUCCESS';
const pendingPaths = async () => ((await db().collection('pending_uploads').limit(1000).get()).data as { _id: string }[]).map((e) => e._id);

/** What the app does first: reserve a path, then upload there as Taro.cloud.uploadFile would. */
const reserveAndUpload = async () => {
  const reserved = await files(OWNER, { action: 'reserveUpload', purpose: 'booking-photo', extension: 'jpg' });
  expect(reserved).toMatchObject({
    ok: true,
    data: { cloudPath: expect.stringMatching(new RegExp(`^uploads/${OWNER}/[0-9a-f]{24}\\.jpg$`)) },
  });
  const { cloudPath, fileId } = reserved.data as { cloudPath: string; fileId: string };
  const uploaded = await storage().uploadFile({ cloudPath, fileContent: JPEG });
  expect(uploaded.fileID).toBe(fileId);
  return { cloudPath, fileId };
};

/**
 * The upload sweep, tested by the crashes it repairs: the app reserves (entry), uploads (object),
 * claims (record, then the entry goes). A crash is the first write done through the real code's own
 * function and the second skipped.
 */
describe('files: removeUnclaimedUploads deletes uploads never claimed (integration)', () => {
  let local: TestLocal;
  beforeAll(async () => {
    local = await startTestLocal({ timers: false });
  });
  afterAll(() => local?.dispose());

  it('after a day deletes an upload whose claim never came, keeps one whose claim crashed before deleting its entry, once', async () => {
    const abandoned = await reserveAndUpload();
    // claim crashed after its record was written, before its entry was deleted
    const halfClaimed = await reserveAndUpload();
    await insertFileOnce({
      _id: halfClaimed.fileId,
      owner: OWNER,
      purpose: 'booking-photo',
      visibility: 'owner',
      readerRoles: [],
      size: JPEG.length,
      contentType: 'image/jpeg',
      createdAt: new Date(),
    });
    // a claim that finished leaves no entry behind
    const claimed = await reserveAndUpload();
    expect(await files(OWNER, { action: 'claim', fileId: claimed.fileId, purpose: 'booking-photo' })).toMatchObject({ ok: true });
    expect(await pendingPaths()).toEqual(expect.arrayContaining([abandoned.cloudPath, halfClaimed.cloudPath]));
    expect(await pendingPaths()).not.toContain(claimed.cloudPath);

    // Within the day the app may still claim: nothing is touched.
    expect(await tickAt(later(60 * 60_000))).toMatchObject({ removedObjects: 0, keptClaimed: 0 });
    expect(await exists(abandoned.fileId)).toBe(true);

    const swept = await tickAt(later(UNCLAIMED_UPLOAD_MS + 60_000));
    expect(swept).toMatchObject({ removedObjects: 1, keptClaimed: 1, passFinished: true });
    expect(await exists(abandoned.fileId)).toBe(false);
    expect(await pendingPaths()).not.toContain(abandoned.cloudPath);
    expect(await pendingPaths()).not.toContain(halfClaimed.cloudPath);
    // What a user notices: the half-claimed photo still shows, the abandoned one is gone for good.
    const urls = await files(OWNER, { action: 'tempUrl', fileIds: [halfClaimed.fileId, claimed.fileId] });
    expect(urls.data.files.map((file: { ok: boolean }) => file.ok)).toEqual([true, true]);
    expect(await files(OWNER, { action: 'claim', fileId: abandoned.fileId, purpose: 'booking-photo' })).toMatchObject({
      ok: false,
      code: 'FILE_NOT_UPLOADED',
    });

    // Idempotent: the next tick finds nothing.
    expect(await tickAt(later(UNCLAIMED_UPLOAD_MS + 120_000))).toMatchObject({ removedObjects: 0, keptClaimed: 0 });
    expect(await exists(halfClaimed.fileId)).toBe(true);
  });

  it('a sweep that crashed between deleting the object and its entry is finished by the next tick', async () => {
    const upload = await reserveAndUpload();
    await deleteObjects([upload.fileId]);
    expect(await pendingPaths()).toContain(upload.cloudPath);
    expect(await tickAt(later(UNCLAIMED_UPLOAD_MS + 60_000))).toMatchObject({ removedObjects: 1 });
    expect(await pendingPaths()).not.toContain(upload.cloudPath);
  });

  it('refuses a claim that comes so late the sweep may be deleting the object', async () => {
    const upload = await reserveAndUpload();
    await db()
      .collection('pending_uploads')
      .doc(upload.cloudPath)
      .update({ createdAt: new Date(Date.now() - UNCLAIMED_UPLOAD_MS + 30 * 60_000) });
    expect(await files(OWNER, { action: 'claim', fileId: upload.fileId, purpose: 'booking-photo' })).toMatchObject({
      ok: false,
      code: 'FILE_NOT_UPLOADED',
      message: '上传已超过一天未使用，请重新上传',
    });
  });

  it("reserves only under the caller's own folder, with a plain extension", async () => {
    const reply = await files('dev-student', { action: 'reserveUpload', purpose: 'question-photo', extension: 'PNG' });
    expect(reply).toMatchObject({ ok: true, data: { cloudPath: expect.stringMatching(/^uploads\/dev-student\/[0-9a-f]{24}\.png$/) } });
    expect(await files('dev-student', { action: 'reserveUpload', purpose: 'question-photo', extension: '../x' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await files('dev-student', { action: 'reserveUpload', purpose: 'no-such', extension: 'jpg' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});
