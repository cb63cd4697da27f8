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

describe('queries inside a transaction (CloudBase runs where().get() and where().updateAndReturn() in it)', () => {
  const seats = (tx: any) => tx.collection('sessions').where({ room: 'tq' });

  it('where().get() reads the snapshot plus its own writes, in order and paged', async () => {
    const _ = t.db.command;
    await t.db.collection('sessions').add([
      { _id: 'tq-a', room: 'tq', count: 1 },
      { _id: 'tq-b', room: 'tq', count: 2 },
      { _id: 'tq-c', room: 'tq', count: 3 },
    ]);
    const tx = await t.db.startTransaction();
    await slot('tq-a').update({ count: 50 }); // committed after the snapshot: tx still sees 1
    await slot('tq-b').remove(); // deleted after the snapshot: tx still sees it
    await t.db.collection('sessions').add({ _id: 'tq-late', room: 'tq', count: 0 }); // invisible to tx
    await tx.collection('sessions').doc('tq-own').set({ room: 'tq', count: 4 });
    await tx.collection('sessions').doc('tq-c').update({ count: 30 });

    const all = await seats(tx).orderBy('count', 'asc').get();
    expect(all.data.map((d: any) => [d._id, d.count])).toEqual([
      ['tq-a', 1],
      ['tq-b', 2],
      ['tq-own', 4],
      ['tq-c', 30],
    ]);
    const filtered = await tx
      .collection('sessions')
      .where({ room: 'tq', count: _.gte(2) })
      .orderBy('count', 'desc')
      .skip(1)
      .limit(2)
      .field({ count: true })
      .get();
    expect(filtered.data).toEqual([
      { _id: 'tq-own', count: 4 },
      { _id: 'tq-b', count: 2 },
    ]);
    // Outside, nothing staged is visible yet.
    const outside = await t.db.collection('sessions').where({ room: 'tq' }).orderBy('count', 'asc').get();
    expect(outside.data.map((d: any) => d._id)).toEqual(['tq-late', 'tq-c', 'tq-a']);
    await tx.rollback();
  });

  it('where().updateAndReturn() updates the first match inside the transaction and returns it', async () => {
    const _ = t.db.command;
    await t.db.collection('sessions').add([
      { _id: 'tu-full', room: 'tu', count: 2, capacity: 2 },
      { _id: 'tu-open', room: 'tu', count: 0, capacity: 2 },
    ]);
    const tx = await t.db.startTransaction();
    const taken = await tx
      .collection('sessions')
      .where({ room: 'tu', count: _.lt(2) })
      .updateAndReturn({ count: _.inc(1) });
    expect(taken).toMatchObject({ updated: 1, doc: { _id: 'tu-open', count: 1 } });
    expect((await slot('tu-open').get()).data[0].count).toBe(0);
    const none = await tx
      .collection('sessions')
      .where({ room: 'tu', count: _.gt(5) })
      .updateAndReturn({ count: 9 });
    expect(none).toMatchObject({ updated: 0, doc: null });
    await tx.commit();
    expect((await slot('tu-open').get()).data[0].count).toBe(1);
  });

  it('where().updateAndReturn() of a document changed since the snapshot conflicts', async () => {
    await t.db.collection('sessions').add({ _id: 'tu-stale', room: 'tus', count: 0 });
    const tx = await t.db.startTransaction();
    await slot('tu-stale').update({ count: 1 });
    await expect(tx.collection('sessions').where({ room: 'tus' }).updateAndReturn({ count: 7 })).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
    });
    expect(await countOf('tu-stale')).toBe(1);
  });

  it('runTransaction can claim with a query and commit', async () => {
    const _ = t.db.command;
    await t.db.collection('sessions').add({ _id: 'tr-q', room: 'trq', count: 0 });
    await t.db.runTransaction(async (tx: any) => {
      const { data } = await tx.collection('sessions').where({ room: 'trq' }).get();
      expect(data).toHaveLength(1);
      await tx
        .collection('sessions')
        .doc(data[0]._id)
        .update({ count: _.inc(1) });
    });
    expect(await countOf('tr-q')).toBe(1);
  });
});
