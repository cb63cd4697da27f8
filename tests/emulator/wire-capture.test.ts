import capture from './fixtures/sdk-wire-capture.json';
import { rawPost, startTestDb, type TestDb } from './harness';

let t: TestDb;
beforeAll(async () => (t = await startTestDb()));
afterAll(() => t.close());

/** Replays the 13 request bodies the real SDK 3.18.3 sent, captured on the wire, and checks each reply's shape. */
it('answers every captured SDK request in the envelope the SDK parses', async () => {
  await rawPost(t.emulator, {
    action: 'database.insertDocument',
    collectionName: 'sessions',
    data: ['{"_id":"id1","name":"yoga","count":{"$numberInt":"0"},"tags":[]}'],
  });
  let transactionId = '';
  const replies: Array<{ action: string; reply: Record<string, unknown> }> = [];
  for (const request of capture as Array<{ body: Record<string, unknown> }>) {
    const body = { ...request.body };
    if (body.transactionId === 'tx1') body.transactionId = transactionId;
    const reply = await rawPost(t.emulator, body);
    if (body.action === 'database.startTransaction') transactionId = reply.transactionId as string;
    replies.push({ action: body.action as string, reply });
  }
  for (const { action, reply } of replies) {
    expect({ action, code: reply.code }).toEqual({ action, code: undefined });
    expect(typeof reply.requestId).toBe('string');
    if (action === 'database.startTransaction') expect(typeof reply.transactionId).toBe('string');
    else expect(reply.data).toBeDefined();
  }
  const data = (action: string) => replies.filter((r) => r.action === action).map((r) => r.reply.data as Record<string, unknown>);
  expect(data('database.insertDocument')[0].insertedIds).toHaveLength(1);
  expect(Array.isArray(data('database.getDocument')[0].list)).toBe(true);
  expect(data('database.calculateDocument')[0]).toEqual({ total: expect.any(Number) });
  expect(data('database.removeDocument')[0]).toEqual({ deleted: 1 });
  expect(Array.isArray(data('database.aggregateDocuments')[0].list)).toBe(true);
});

it('serves an SDK configured only by the TCB_CONTEXT_CNFG environment variable', async () => {
  const previous = process.env.TCB_CONTEXT_CNFG;
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: t.emulator.url });
  try {
    const tcb = require('@cloudbase/node-sdk');
    const db = tcb.init({ env: 'local-env', secretId: 'AKIDlocal', secretKey: 'local-secret' }).database();
    await db.collection('teams').add({ _id: 'via-env', name: '人工智能科普服务队' });
    expect((await t.db.collection('teams').doc('via-env').get()).data[0].name).toBe('人工智能科普服务队');
  } finally {
    if (previous === undefined) delete process.env.TCB_CONTEXT_CNFG;
    else process.env.TCB_CONTEXT_CNFG = previous;
  }
});
