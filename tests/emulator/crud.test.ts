import { rawPost, startTestDb, type TestDb } from './harness';

let t: TestDb;
beforeAll(async () => (t = await startTestDb()));
afterAll(() => t.close());

const sessions = () => t.db.collection('sessions');

describe('insertDocument and getDocument', () => {
  it('adds one document and reads it back by doc id with its types intact', async () => {
    const at = new Date('2026-03-05T08:00:00Z');
    const { id } = await sessions().add({ name: '学雷锋日', count: 0, ratio: 1.5, at, tags: ['义诊'], meta: { room: 'A101' } });
    expect(typeof id).toBe('string');
    const { data } = await sessions().doc(id).get();
    expect(data).toEqual([{ _id: id, name: '学雷锋日', count: 0, ratio: 1.5, at, tags: ['义诊'], meta: { room: 'A101' } }]);
    expect(data[0].at).toBeInstanceOf(Date);
  });

  it('adds many documents in one call and returns every id', async () => {
    const { ids } = await t.db
      .collection('teams')
      .add([{ name: '电脑义诊队' }, { name: '汽车维护服务队' }, { _id: 'ai', name: '人工智能科普服务队' }]);
    expect(ids).toHaveLength(3);
    expect(ids[2]).toBe('ai');
    expect((await t.db.collection('teams').count()).total).toBe(3);
  });

  it('refuses a second document with the same _id', async () => {
    await t.db.collection('teams').add({ _id: 'dup', name: 'x' });
    await expect(t.db.collection('teams').add({ _id: 'dup', name: 'y' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
  });

  it('answers an empty list for a missing document', async () => {
    expect((await sessions().doc('missing').get()).data).toEqual([]);
  });
});

describe('queries', () => {
  const items = () => t.db.collection('items');
  beforeAll(async () => {
    const docs = Array.from({ length: 30 }, (_, i) => ({
      _id: `i${String(i).padStart(2, '0')}`,
      n: i,
      group: i % 3 === 0 ? 'a' : 'b',
      label: i % 2 ? `奇数${i}` : `Even${i}`,
      at: new Date(Date.UTC(2026, 0, 1 + i)),
      tags: i % 5 === 0 ? ['five', 'x'] : ['x'],
    }));
    await items().add(docs);
  });

  it('orders by two keys, pages with offset and projects fields', async () => {
    const { data } = await items().orderBy('group', 'asc').orderBy('n', 'desc').skip(2).limit(3).field({ n: true, group: true }).get();
    expect(data).toEqual([
      { _id: 'i21', n: 21, group: 'a' },
      { _id: 'i18', n: 18, group: 'a' },
      { _id: 'i15', n: 15, group: 'a' },
    ]);
  });

  it('excludes fields with a 0 projection', async () => {
    const { data } = await items().doc('i01').field({ tags: false, at: false, label: false }).get();
    expect(data).toEqual([{ _id: 'i01', n: 1, group: 'b' }]);
  });

  it('applies comparison, logic and array operators', async () => {
    const _ = t.db.command;
    const ids = async (query: object) =>
      (await items().where(query).orderBy('n', 'asc').limit(100).get()).data.map((d: { n: number }) => d.n);
    expect(await ids({ n: _.gt(26) })).toEqual([27, 28, 29]);
    expect(await ids({ n: _.gte(28).and(_.lte(29)) })).toEqual([28, 29]);
    expect(await ids({ n: _.lt(2) })).toEqual([0, 1]);
    expect(await ids({ n: _.in([3, 4, 99]) })).toEqual([3, 4]);
    expect(await ids({ n: _.nin([0, 1, 2]).and(_.lt(5)) })).toEqual([3, 4]);
    expect(await ids({ n: _.neq(0).and(_.lt(2)) })).toEqual([1]);
    expect(await ids(_.or([{ n: 0 }, { n: 29 }]))).toEqual([0, 29]);
    expect(await ids(_.and([{ group: 'a' }, { n: _.lt(7) }]))).toEqual([0, 3, 6]);
    expect(await ids(_.nor([{ n: _.gt(1) }]))).toEqual([0, 1]);
    expect(await ids({ n: _.not(_.gt(1)) })).toEqual([0, 1]);
    expect(await ids({ tags: _.all(['five', 'x']), n: _.lt(11) })).toEqual([0, 5, 10]);
    expect(await ids({ tags: _.size(2), n: _.lt(6) })).toEqual([0, 5]);
    expect(await ids({ tags: _.elemMatch(_.eq('five')), n: _.gt(20) })).toEqual([25]);
    expect(await ids({ missing: _.exists(false), n: _.lt(1) })).toEqual([0]);
    expect(await ids({ n: _.mod(10, 3) })).toEqual([3, 13, 23]);
    expect(await ids({ tags: 'five', n: _.gt(15) })).toEqual([20, 25]);
  });

  it('matches regular expressions, including Chinese text', async () => {
    const { data } = await items()
      .where({ label: t.db.RegExp({ regexp: '^even2', options: 'i' }) })
      .orderBy('n', 'asc')
      .get();
    expect(data.map((d: { n: number }) => d.n)).toEqual([2, 20, 22, 24, 26, 28]);
    const zh = await items()
      .where({ label: /奇数2\d/ })
      .count();
    expect(zh.total).toBe(5);
  });

  it('filters by a date range', async () => {
    const _ = t.db.command;
    const { data } = await items()
      .where({ at: _.gte(new Date('2026-01-10T00:00:00Z')).and(_.lt(new Date('2026-01-13T00:00:00Z'))) })
      .orderBy('at', 'asc')
      .get();
    expect(data.map((d: { n: number }) => d.n)).toEqual([9, 10, 11]);
  });

  it('counts with a filter', async () => {
    expect((await items().where({ group: 'a' }).count()).total).toBe(10);
  });

  it('answers 100 documents by default and never more than 1000 (server side)', async () => {
    const many = Array.from({ length: 1100 }, (_, i) => JSON.stringify({ _id: `b${i}`, n: i }));
    await rawPost(t.emulator, { action: 'database.insertDocument', collectionName: 'bookings', data: many });
    const byDefault = await rawPost(t.emulator, { action: 'database.getDocument', collectionName: 'bookings', queryType: 'WHERE' });
    expect((byDefault.data as { list: unknown[] }).list).toHaveLength(100);
    const clamped = await rawPost(t.emulator, {
      action: 'database.getDocument',
      collectionName: 'bookings',
      queryType: 'WHERE',
      limit: 5000,
    });
    expect((clamped.data as { list: unknown[] }).list).toHaveLength(1000);
    expect((await t.db.collection('bookings').get()).data).toHaveLength(100);
  });
});

describe('modifyDocument, removeDocument and modifyAndReturnDoc', () => {
  it('updates nested paths and applies every update operator the SDK builds', async () => {
    const _ = t.db.command;
    const { id } = await sessions().add({
      name: 'ops',
      count: 1,
      price: 2,
      meta: { a: 1, b: 2 },
      list: [3, 1, 2],
      set: ['x'],
      low: 5,
      high: 5,
      old: 'v',
      q: [1, 2, 3, 4],
    });
    const doc = sessions().doc(id);
    await doc.update({ count: _.inc(2), price: _.mul(3), 'meta.a': 10, meta2: { deep: true } });
    await doc.update({
      list: _.push({ each: [9, 0], position: 1, sort: 1, slice: 4 }),
      set: _.addToSet('y'),
      low: _.min(3),
      high: _.max(8),
      old: _.rename('renamed'),
    });
    await doc.update({ set: _.addToSet('y'), q: _.pull(_.gt(3)) });
    await doc.update({ q: _.pullAll([1]), 'meta.b': _.remove() });
    await doc.update({ list: _.pop() });
    await doc.update({ q: _.shift() });
    await doc.update({ q: _.unshift([7, 8]) });
    await doc.update({ meta: _.set({ replaced: true }) });
    const { data } = await doc.get();
    expect(data[0]).toEqual({
      _id: id,
      name: 'ops',
      count: 3,
      price: 6,
      meta: { replaced: true },
      meta2: { deep: true },
      list: [0, 1, 2],
      set: ['x', 'y'],
      low: 3,
      high: 8,
      renamed: 'v',
      q: [7, 8, 3],
    });
  });

  it('replaces a document with set() and creates it when absent (upsert)', async () => {
    const doc = sessions().doc('set-me');
    const created = await doc.set({ name: 'first', count: 1 });
    expect(created.upsertedId).toBe('set-me');
    await doc.set({ name: 'second' });
    expect((await doc.get()).data).toEqual([{ _id: 'set-me', name: 'second' }]);
  });

  it('upserts through a WHERE query, seeding from its equality fields', async () => {
    const reply = await rawPost(t.emulator, {
      action: 'database.modifyDocument',
      collectionName: 'sessions',
      queryType: 'WHERE',
      multi: false,
      merge: true,
      upsert: true,
      query: JSON.stringify({ name: 'upserted', kind: 'x' }),
      data: JSON.stringify({ $inc: { count: { $numberInt: '1' } } }),
    });
    const upsertId = (reply.data as { upsert_id: string }).upsert_id;
    expect(typeof upsertId).toBe('string');
    expect((await sessions().doc(upsertId).get()).data[0]).toMatchObject({ name: 'upserted', kind: 'x', count: 1 });
  });

  it('updates and removes many documents with multi', async () => {
    const _ = t.db.command;
    await t.db.collection('bookings').add([
      { slot: 's-multi', state: 'submitted' },
      { slot: 's-multi', state: 'submitted' },
      { slot: 's-multi', state: 'done' },
    ]);
    const updated = await t.db
      .collection('bookings')
      .where({ slot: 's-multi', state: 'submitted' })
      .update({ state: 'cancelled', cancelledAt: t.db.serverDate() });
    expect(updated.updated).toBe(2);
    const removed = await t.db
      .collection('bookings')
      .where({ slot: 's-multi', state: _.in(['cancelled', 'done']) })
      .remove();
    expect(removed.deleted).toBe(3);
  });

  it('updates one matching document and returns it', async () => {
    const _ = t.db.command;
    await sessions().add({ _id: 'cap', count: 9, capacity: 10 });
    const first = await sessions()
      .where({ _id: 'cap', count: _.lt(10) })
      .updateAndReturn({ count: _.inc(1) });
    expect(first).toMatchObject({ updated: 1, doc: { _id: 'cap', count: 10 } });
    const second = await sessions()
      .where({ _id: 'cap', count: _.lt(10) })
      .updateAndReturn({ count: _.inc(1) });
    expect(second.updated).toBe(0);
    expect(second.doc).toBeFalsy();
  });

  it('removes one document by id', async () => {
    const { id } = await sessions().add({ name: 'gone' });
    expect((await sessions().doc(id).remove()).deleted).toBe(1);
    expect((await sessions().doc(id).get()).data).toEqual([]);
  });
});

describe('server dates and collections', () => {
  it('resolves serverDate with an offset on the server clock', async () => {
    const before = Date.now();
    const { id } = await sessions().add({ now: t.db.serverDate(), later: t.db.serverDate({ offset: 60 * 60 * 1000 }) });
    const [doc] = (await sessions().doc(id).get()).data;
    expect(doc.now.getTime()).toBeGreaterThanOrEqual(before);
    expect(doc.later.getTime() - doc.now.getTime()).toBe(60 * 60 * 1000);
  });

  it('refuses reads and writes on a collection that does not exist, and creates one on request', async () => {
    await expect(t.db.collection('ghosts').get()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(t.db.collection('ghosts').add({ a: 1 })).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
    await expect(t.db.collection('ghosts').where({ a: 1 }).update({ a: 2 })).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
    await t.db.createCollection('ghosts');
    await t.db.collection('ghosts').add({ a: 1 });
    expect((await t.db.collection('ghosts').count()).total).toBe(1);
    await expect(t.db.createCollection('ghosts')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
  });
});
