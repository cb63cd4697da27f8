import { startTestDb, type TestDb } from './harness';

let t: TestDb;
beforeAll(async () => (t = await startTestDb()));
afterAll(() => t.close());

describe('unique indexes', () => {
  it('refuses a second document with the same unique key', async () => {
    const people = t.db.collection('people');
    await people.add({ memberNo: '2023010101', name: '张同学' });
    await expect(people.add({ memberNo: '2023010101', name: '冒名' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    const { id } = await people.add({ memberNo: '2023010102', name: '李同学' });
    await expect(people.doc(id).update({ memberNo: '2023010101' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    expect((await people.doc(id).get()).data[0].memberNo).toBe('2023010102');
  });

  it('treats a missing field as null, as MongoDB does', async () => {
    const people = t.db.collection('people');
    await people.add({ name: '未绑定一' });
    await expect(people.add({ name: '未绑定二' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
  });

  it('enforces a compound unique index on the pair, not on each field', async () => {
    const seats = t.db.collection('seats');
    await seats.add({ slotId: 's1', person: 'p1' });
    await seats.add({ slotId: 's1', person: 'p2' });
    await seats.add({ slotId: 's2', person: 'p1' });
    await expect(seats.add({ slotId: 's1', person: 'p1' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
  });

  it('lets exactly one of fifty concurrent claims of the same pair win', async () => {
    const seats = t.db.collection('seats');
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => seats.add({ slotId: 'hot', person: 'same' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results.filter((r) => r.status === 'rejected' && (r.reason as { code: string }).code === 'DATABASE_DUPLICATE_WRITE'),
    ).toHaveLength(49);
  });
});

describe('query plans', () => {
  beforeAll(async () => {
    const docs = Array.from({ length: 2000 }, (_, i) => ({ n: i, group: `g${i % 20}`, tags: i % 100 === 0 ? ['rare', 'x'] : ['x'] }));
    for (let i = 0; i < docs.length; i += 500) await t.db.collection('items').add(docs.slice(i, i + 500));
    await t.db
      .collection('people')
      .add(Array.from({ length: 500 }, (_, i) => ({ memberNo: `m${i}`, tags: i % 50 === 0 ? ['leader'] : ['member'] })));
  });

  const examined = async (run: () => Promise<unknown>) => {
    t.emulator.resetStats();
    await run();
    const stats = t.emulator.stats();
    return { docs: stats.docsExamined, plan: stats.lastPlan };
  };

  it('answers an equality query on an indexed field without scanning the collection', async () => {
    const cost = await examined(() => t.db.collection('items').where({ n: 1234 }).get());
    expect(cost).toEqual({ docs: 1, plan: 'n' });
  });

  it('answers a range query through the index', async () => {
    const _ = t.db.command;
    const cost = await examined(() =>
      t.db
        .collection('items')
        .where({ n: _.gte(100).and(_.lt(110)) })
        .get(),
    );
    expect(cost).toEqual({ docs: 10, plan: 'n' });
  });

  it('pages an indexed order by reading only the page (equality prefix + sort on the next field)', async () => {
    const _ = t.db.command;
    let page: { data: Array<{ n: number }> } = { data: [] };
    const cost = await examined(
      async () =>
        (page = await t.db
          .collection('items')
          .where({ group: 'g7', n: _.lt(1500) })
          .orderBy('n', 'desc')
          .limit(5)
          .get()),
    );
    expect(page.data.map((d) => d.n)).toEqual([1487, 1467, 1447, 1427, 1407]);
    expect(cost.plan).toBe('group_n');
    expect(cost.docs).toBeLessThanOrEqual(5 + 1);
  });

  it('uses each element of an array field (multikey) for lookups', async () => {
    const cost = await examined(() => t.db.collection('people').where({ tags: 'leader' }).get());
    expect(cost).toEqual({ docs: 10, plan: 'tags' });
  });

  it('falls back to a scan only where no index applies, with the same answer', async () => {
    const cost = await examined(() => t.db.collection('items').where({ tags: 'rare' }).count());
    expect(cost.plan).toBe('collection scan');
    expect(cost.docs).toBe(2000);
  });

  it('looks documents up by _id without a scan', async () => {
    const { ids } = await t.db.collection('bookings').add([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const cost = await examined(() => t.db.collection('bookings').doc(ids[1]).get());
    expect(cost).toEqual({ docs: 1, plan: '_id_' });
  });
});

describe('conditional updates', () => {
  it('never lets fifty concurrent increments pass a capacity of ten', async () => {
    const _ = t.db.command;
    await t.db.collection('sessions').add({ _id: 'slot', count: 0, capacity: 10 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.db
          .collection('sessions')
          .where({ _id: 'slot', count: _.lt(10) })
          .update({ count: _.inc(1) }),
      ),
    );
    expect(results.filter((r: { updated: number }) => r.updated === 1)).toHaveLength(10);
    expect((await t.db.collection('sessions').doc('slot').get()).data[0].count).toBe(10);
  });
});
