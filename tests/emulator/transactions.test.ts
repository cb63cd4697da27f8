import { TRANSACTION_TTL_MS } from '../../local/db/transactions';
import { startTestDb, type TestDb } from './harness';

const clock = { offset: 0, now: () => Date.now() + clock.offset };
let t: TestDb;
beforeAll(async () => (t = await startTestDb({ clock })));
afterAll(() => t.close());
beforeEach(() => (clock.offset = 0));

const slot = (id: string) => t.db.collection('sessions').doc(id);
const countOf = async (id: string) => (await slot(id).get()).data[0]?.count;

it('commits reads and writes of several documents together', async () => {
  const _ = t.db.command;
  await t.db.collection('sessions').add({ _id: 'tx-commit', count: 0, capacity: 2 });
  const tx = await t.db.startTransaction();
  const { data } = await tx.collection('sessions').doc('tx-commit').get();
  expect(data.count).toBe(0);
  await tx
    .collection('sessions')
    .doc('tx-commit')
    .update({ count: _.inc(1) });
  await tx.collection('bookings').add({ _id: 'tx-commit:u1', slot: 'tx-commit' });
  expect(await countOf('tx-commit')).toBe(0);
  await tx.commit();
  expect(await countOf('tx-commit')).toBe(1);
  expect((await t.db.collection('bookings').doc('tx-commit:u1').get()).data).toHaveLength(1);
});

it('discards everything on abort', async () => {
  await t.db.collection('sessions').add({ _id: 'tx-abort', count: 0 });
  const tx = await t.db.startTransaction();
  await tx.collection('sessions').doc('tx-abort').update({ count: 5 });
  await tx.collection('sessions').doc('tx-abort-new').set({ count: 1 });
  await tx.rollback();
  expect(await countOf('tx-abort')).toBe(0);
  expect((await slot('tx-abort-new').get()).data).toEqual([]);
});

it('reads its own writes and a snapshot that ignores later outside writes', async () => {
  await t.db.collection('sessions').add({ _id: 'tx-snap', count: 1 });
  const tx = await t.db.startTransaction();
  await slot('tx-snap').update({ count: 2 });
  await t.db.collection('sessions').add({ _id: 'tx-snap-late', count: 7 });
  expect((await tx.collection('sessions').doc('tx-snap').get()).data.count).toBe(1);
  expect((await tx.collection('sessions').doc('tx-snap-late').get()).data).toBeNull();
  await slot('tx-snap').remove();
  expect((await tx.collection('sessions').doc('tx-snap').get()).data.count).toBe(1);
  await tx.collection('sessions').doc('tx-own').set({ count: 3 });
  expect((await tx.collection('sessions').doc('tx-own').get()).data.count).toBe(3);
  await tx.rollback();
});

it('fails a write to a document changed since the snapshot at once, with the conflict code', async () => {
  await t.db.collection('sessions').add({ _id: 'tx-stale', count: 0 });
  const tx = await t.db.startTransaction();
  await slot('tx-stale').update({ count: 1 });
  await expect(tx.collection('sessions').doc('tx-stale').update({ count: 9 })).rejects.toMatchObject({
    code: 'DATABASE_TRANSACTION_CONFLICT',
  });
  await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  expect(await countOf('tx-stale')).toBe(1);
});

it('lets the first of two transactions writing one document win and the second conflict', async () => {
  await t.db.collection('sessions').add({ _id: 'tx-race', count: 0 });
  const first = await t.db.startTransaction();
  const second = await t.db.startTransaction();
  await first.collection('sessions').doc('tx-race').update({ count: 1 });
  await expect(second.collection('sessions').doc('tx-race').update({ count: 2 })).rejects.toMatchObject({
    code: 'DATABASE_TRANSACTION_CONFLICT',
  });
  await first.commit();
  expect(await countOf('tx-race')).toBe(1);
});

it("lets the SDK's runTransaction retry after a conflict and succeed", async () => {
  const _ = t.db.command;
  await t.db.collection('sessions').add({ _id: 'tx-retry', count: 0, capacity: 100 });
  const increment = () =>
    t.db.runTransaction(async (tx: any) => {
      const { data } = await tx.collection('sessions').doc('tx-retry').get();
      if (data.count >= data.capacity) throw new Error('full');
      await tx
        .collection('sessions')
        .doc('tx-retry')
        .update({ count: _.inc(1) });
    });
  let attempts = 0;
  const contended = t.db.runTransaction(async (tx: any) => {
    attempts++;
    await tx.collection('sessions').doc('tx-retry').get();
    if (attempts === 1) await increment(); // someone else commits between our read and our write
    await tx
      .collection('sessions')
      .doc('tx-retry')
      .update({ count: _.inc(10) });
  });
  await contended;
  expect(attempts).toBe(2);
  expect(await countOf('tx-retry')).toBe(11);
});

it('makes a plain write wait for the transaction that locked the document, never fail', async () => {
  await t.db.collection('sessions').add({ _id: 'tx-wait', count: 0 });
  const tx = await t.db.startTransaction();
  await tx.collection('sessions').doc('tx-wait').update({ count: 1 });
  let outsideDone = false;
  const outside = t.db
    .collection('sessions')
    .doc('tx-wait')
    .update({ note: 'after' })
    .then((r: unknown) => ((outsideDone = true), r));
  await new Promise((r) => setTimeout(r, 100));
  expect(outsideDone).toBe(false);
  await tx.commit();
  await expect(outside).resolves.toMatchObject({ updated: 1 });
  expect((await slot('tx-wait').get()).data[0]).toMatchObject({ count: 1, note: 'after' });
});

it('expires an uncommitted transaction after 30 s, releasing its locks', async () => {
  await t.db.collection('sessions').add({ _id: 'tx-expire', count: 0 });
  const tx = await t.db.startTransaction();
  await tx.collection('sessions').doc('tx-expire').update({ count: 5 });
  const waiting = t.db.collection('sessions').doc('tx-expire').update({ count: 1 });
  clock.offset = TRANSACTION_TTL_MS - 1000;
  await new Promise((r) => setTimeout(r, 300));
  expect(t.emulator.stats().openTransactions).toBeGreaterThanOrEqual(1);
  clock.offset = TRANSACTION_TTL_MS + 1;
  await expect(waiting).resolves.toMatchObject({ updated: 1 });
  await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  expect(await countOf('tx-expire')).toBe(1);
});

it('refuses multi-document operations inside a transaction', async () => {
  const tx = await t.db.startTransaction();
  const reply = await fetch(t.emulator.url, {
    method: 'POST',
    body: JSON.stringify({
      action: 'database.modifyDocument',
      collectionName: 'sessions',
      queryType: 'WHERE',
      multi: true,
      query: '{}',
      data: '{"$set":{"x":1}}',
      transactionId: (tx as any)._id,
    }),
  }).then((r) => r.json());
  expect(reply).toMatchObject({ code: 'INVALID_PARAM' });
  await tx.rollback();
});
