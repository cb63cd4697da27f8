import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main as certificates } from '../../cloudfunctions/certificates';
import { startEmulator, type RunningEmulator } from '../../local/db/emulator';
import { startLocal } from '../../local/start';
import { creditEntry, ISSUER, putStudent } from '../functions/certificates-fixtures';
import { invokerOf } from '../functions/invoke-function';
import { sdkFor } from '../emulator/harness';
import { startTestLocal, type TestLocal } from './local-harness';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** `npm run data -- …` as a developer runs it; resolves with exit code and output, never throws. */
const runData = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/data.ts', ...args],
      { cwd: REPO_ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

/** Every document of a collection through the SDK, in _id order (paged at the SDK's 1000). */
const everything = async (db: any, name: string) => {
  const all: unknown[] = [];
  for (;;) {
    const { data } = await db.collection(name).orderBy('_id', 'asc').skip(all.length).limit(1000).get();
    all.push(...data);
    if (data.length < 1000) return all;
  }
};

/** Collections and index declarations a data dir's database holds, read beside whoever has it open. */
const declarations = (dbDir: string) => {
  const sqlite = new Database(path.join(dbDir, 'cloudbase.sqlite'), { readonly: true });
  try {
    return {
      collections: sqlite.prepare('SELECT name FROM collections ORDER BY name').all(),
      indexes: sqlite.prepare('SELECT coll, name, spec, multikey FROM indexes ORDER BY coll, name').all(),
      documents: sqlite.prepare('SELECT COUNT(*) AS n FROM documents').get(),
    };
  } finally {
    sqlite.close();
  }
};

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('snapshot body')]);

let local: TestLocal;
let work: string;
let restored: RunningEmulator | undefined;
/** The key test stops the source to start on its import. */
let sourceStopped = false;
beforeAll(async () => {
  local = await startTestLocal({ timers: false });
  work = mkdtempSync(path.join(os.tmpdir(), 'starfire-snapshot-'));
});
afterAll(async () => {
  await restored?.close();
  if (!sourceStopped) await local?.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run data -- export / import', () => {
  it('round-trips a running data dir: the same documents, indexes, outbox and storage objects through the SDK', async () => {
    const app = sdkFor(local.emulatorUrl);
    const db = app.database() as any;
    await db.collection('activities').add({
      _id: db.ObjectId({ id: '5f1e2d3c4b5a697887766554' }),
      title: '快照往返',
      startsAt: new Date('2026-12-07T08:00:00Z'),
      tags: ['义诊', { nested: [1, 2.5, null] }],
    });
    const { fileID } = await app.uploadFile({ cloudPath: 'qa/snapshot/tyre.jpg', fileContent: JPEG });
    await app.callWxOpenApi({
      apiName: '/cgi-bin/message/subscribe/send',
      requestData: { touser: 'dev-teacher', template_id: 'tpl-snap', data: { thing1: { value: '快照' } } },
    });

    const snapshot = path.join(work, 'snap');
    const exported = await runData(['export', snapshot, '--data-dir', local.dataDir]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(exported.stdout).databases.db.documents).toBeGreaterThan(10);

    const fresh = path.join(work, 'fresh');
    const imported = await runData(['import', snapshot, '--data-dir', fresh]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(imported.stdout).databases).toEqual(JSON.parse(exported.stdout).databases);

    // Before any start reconciles it with the manifest: the same collections and index declarations as the source.
    expect(declarations(path.join(fresh, 'db'))).toEqual(declarations(path.join(local.dataDir, 'db')));

    restored = await startEmulator({ dataDir: path.join(fresh, 'db') });
    const copy = sdkFor(restored.url);
    const copyDb = copy.database() as any;
    const collections = restored.engine.store.collectionNames();
    expect(collections).toEqual(expect.arrayContaining(['activities', 'users', 'org_units']));
    for (const name of collections) expect([name, await everything(copyDb, name)]).toEqual([name, await everything(db, name)]);
    expect((await copyDb.collection('activities').doc('5f1e2d3c4b5a697887766554').get()).data).toEqual([
      {
        _id: '5f1e2d3c4b5a697887766554',
        title: '快照往返',
        startsAt: new Date('2026-12-07T08:00:00Z'),
        tags: ['义诊', { nested: [1, 2.5, null] }],
      },
    ]);
    expect(restored.outbox()[0]).toMatchObject({ touser: 'dev-teacher', templateId: 'tpl-snap', data: { thing1: { value: '快照' } } });
    expect((await copy.downloadFile({ fileID })).fileContent).toEqual(JPEG);
  });

  it('import refuses a non-empty data dir unless --force, and leaves it untouched', async () => {
    const snapshot = path.join(work, 'snap');
    const occupied = path.join(work, 'occupied');
    await runData(['import', snapshot, '--data-dir', occupied]);
    writeFileSync(path.join(occupied, 'marker'), 'mine');
    const refused = await runData(['import', snapshot, '--data-dir', occupied]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('不是空目录；确认要覆盖请加 --force');
    expect(existsSync(path.join(occupied, 'marker'))).toBe(true);
    expect(await runData(['import', snapshot, '--data-dir', occupied, '--force'])).toMatchObject({ code: 0 });
    expect(existsSync(path.join(occupied, 'marker'))).toBe(false);
  });

  it('refuses what is not a snapshot and a bad command line', async () => {
    const notSnapshot = await runData(['import', work, '--data-dir', path.join(work, 'x')]);
    expect(notSnapshot).toMatchObject({ code: 1, stderr: expect.stringContaining('不是数据快照') });
    expect((await runData(['backup', 'somewhere'])).code).toBe(2);
  });

  it('carries the certificate signing key, so a certificate issued before the export still verifies after an import', async () => {
    const call = invokerOf('certificates', certificates);
    expect((await call('dev-admin', { action: 'saveIssuer', ...ISSUER })).ok).toBe(true);
    await putStudent('snap-li', '李快照', '2023119901');
    await creditEntry('snap-li', 60, new Date('2026-05-04T10:00:00+08:00'));
    const applied = await call('snap-li', { action: 'apply', period: { kind: 'all' } });
    const issued = await call('dev-admin', { action: 'issue', applicationId: applied.data.application.applicationId });
    const { certificateNo } = issued.data.certificate;

    const snapshot = path.join(work, 'snap-key');
    expect(await runData(['export', snapshot, '--data-dir', local.dataDir])).toMatchObject({ code: 0 });
    const fresh = path.join(work, 'fresh-key');
    expect(await runData(['import', snapshot, '--data-dir', fresh])).toMatchObject({ code: 0 });
    const keyFile = path.join(fresh, 'certificate-signing-key.txt');
    expect(readFileSync(keyFile, 'utf8')).toBe(readFileSync(path.join(local.dataDir, 'certificate-signing-key.txt'), 'utf8'));
    // A private key: only its owner reads it, in the snapshot and in the restored data dir.
    expect(statSync(path.join(snapshot, 'files', 'certificate-signing-key.txt')).mode & 0o777).toBe(0o600);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    // A start on the imported dir takes the key from there (none left in the environment): without it a new key, and `unknown`.
    sourceStopped = true;
    await local.dispose();
    delete process.env.STARFIRE_CERTIFICATE_KEY;
    const restarted = await startLocal({ port: 0, dataDir: fresh, quiet: true, timers: false });
    try {
      const reply = await fetch(`${restarted.url}api/certificates`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'verify', certificateNo }),
      });
      expect(await reply.json()).toMatchObject({ ok: true, data: { status: 'valid', facts: { certificateNo, totalMinutes: 60 } } });
    } finally {
      await restarted.close();
    }
  });
});
