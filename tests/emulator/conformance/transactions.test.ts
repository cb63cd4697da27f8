import { TRANSACTION_TTL_MS } from '../../../local/db/transactions';
import { startTestDb, type TestDb } from '../harness';

const clock = { offset: 0, now: () => Date.now() + clock.offset };
let t: TestDb;
beforeAll(async () => (t = await startTestDb({ clock })));
afterAll(() => t.close());
beforeEach(() => (clock.offset = 0));

const slot = (id: string) => t.db.collection('sessions').doc(id);
const countOf = async (id: string) => (await slot(id).get()).data[0]?.count;

/** CloudBase's wording, as the SDK's own transaction tests expect it. */
const NOT_EXIST =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.';
const CONFLICT =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';

const messageOf = async (work: Promise<unknown>): Promise<{ code: string; message: string }> => {
  try {
    await work;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the call to fail');
};

describe('errors as CloudBase words them', () => {
  it('an operation after commit fails DATABASE_TRANSACTION_FAIL with [ResourceUnavailable.TransactionNotExist]', async () => {
    const tx = await t.db.startTransaction();
    await tx.commit();
    expect(await messageOf(tx.collection('sessions').doc('te-after').set({ count: 1 }))).toMatchObject({
      code: 'DATABASE_TRANSACTION_FAIL',
      message: NOT_EXIST,
    });
    expect(await messageOf(tx.commit())).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST });
  });

  it('an expired transaction (30 s) answers the same', async () => {
    const tx = await t.db.startTransaction();
    clock.offset = TRANSACTION_TTL_MS + 1;
    expect(await messageOf(tx.collection('sessions').where({ room: 'te' }).get())).toMatchObject({
      code: 'DATABASE_TRANSACTION_FAIL',
      message: NOT_EXIST,
    });
  });

  it('a write to a document changed since the snapshot: [ResourceUnavailable.TransactionConflict] naming its _id, not the key encoding', async () => {
    await t.db.collection('sessions').add({ _id: 'te-stale', count: 0 });
    const tx = await t.db.startTransaction();
    await slot('te-stale').update({ count: 1 });
    const error = await messageOf(tx.collection('sessions').doc('te-stale').update({ count: 9 }));
    expect(error.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(error.message.startsWith(CONFLICT)).toBe(true);
    expect(error.message).toContain('document _id "te-stale" in sessions changed after this transaction started');
    expect(error.message).not.toContain('2te-stale'); // the string key's index encoding
  });

  it('a write to a document another transaction holds names it too, numbers and ObjectIds as written', async () => {
    const hex = '5f1e2d3c4b5a6978877665aa';
    await t.db.collection('sessions').add([
      { _id: 42, count: 0 },
      { _id: t.db.ObjectId({ id: hex }), count: 0 },
    ]);
    const first = await t.db.startTransaction();
    await first.collection('sessions').doc(42).update({ count: 1 });
    await first.collection('sessions').doc(hex).update({ count: 1 });
    const second = await t.db.startTransaction();
    const onNumber = await messageOf(second.collection('sessions').doc(42).update({ count: 2 }));
    expect(onNumber.message).toBe(`${CONFLICT} (document _id 42 in sessions is being written by another open transaction)`);
    const third = await t.db.startTransaction();
    const onObjectId = await messageOf(third.collection('sessions').where({ _id: hex }).updateAndReturn({ count: 3 }));
    expect(onObjectId.message).toContain(`document _id ObjectId("${hex}") in sessions`);
    await first.commit();
  });
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
