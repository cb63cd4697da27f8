import { startTestDb, type TestDb } from '../harness';

let t: TestDb;
beforeAll(async () => (t = await startTestDb()));
afterAll(() => t.close());

const HEX = '5f1e2d3c4b5a697887766554';
const OTHER = '60aa11bb22cc33dd44ee55ff';

describe('ObjectId', () => {
  it('is accepted as _id, and the SDK yields it back as its 24-hex value', async () => {
    const teams = t.db.collection('teams');
    const { id } = await teams.add({ _id: t.db.ObjectId({ id: HEX }), name: '电脑义诊队' });
    expect(id).toBe(HEX);
    const { data } = await teams.where({ _id: t.db.ObjectId({ id: HEX }) }).get();
    expect(data).toEqual([{ _id: HEX, name: '电脑义诊队' }]);
  });

  it('stored in any field (nested, in arrays) comes back as its value, never {}', async () => {
    const teams = t.db.collection('teams');
    await teams.add({
      _id: 'refs',
      leader: t.db.ObjectId({ id: OTHER }),
      past: [t.db.ObjectId({ id: HEX })],
      meta: { by: t.db.ObjectId({ id: HEX }) },
    });
    const { data } = await teams.doc('refs').get();
    expect(data).toEqual([{ _id: 'refs', leader: OTHER, past: [HEX], meta: { by: HEX } }]);
    const { data: found } = await teams.where({ leader: t.db.ObjectId({ id: OTHER }) }).get();
    expect(found.map((d: { _id: string }) => d._id)).toEqual(['refs']);
    const { data: grouped } = await teams.aggregate().match({ _id: 'refs' }).project({ leader: 1 }).end();
    expect(grouped).toEqual([{ _id: 'refs', leader: OTHER }]);
  });

  it('the value handed out addresses the document again: doc(hex) reads, updates and removes it, also in a transaction', async () => {
    const teams = t.db.collection('teams');
    const hex = '0123456789abcdef01234567';
    await teams.add({ _id: t.db.ObjectId({ id: hex }), size: 1 });
    expect((await teams.doc(hex).get()).data).toEqual([{ _id: hex, size: 1 }]);
    expect(await teams.doc(hex).update({ size: 2 })).toMatchObject({ updated: 1 });
    expect((await teams.where({ _id: hex }).get()).data).toEqual([{ _id: hex, size: 2 }]);
    const tx = await t.db.startTransaction();
    expect((await tx.collection('teams').doc(hex).get()).data).toMatchObject({ _id: hex, size: 2 });
    expect(await tx.collection('teams').doc(hex).update({ size: 3 })).toMatchObject({ updated: 1 });
    await tx.commit();
    expect((await teams.where({ _id: t.db.ObjectId({ id: hex }) }).get()).data).toEqual([{ _id: hex, size: 3 }]);
    expect(await teams.doc(hex).remove()).toMatchObject({ deleted: 1 });
    expect((await teams.where({ _id: t.db.ObjectId({ id: hex }) }).count()).total).toBe(0);
  });

  it('stays an ObjectId in storage: a string _id of the same hex is a different document', async () => {
    const teams = t.db.collection('teams');
    const hex = 'aaaaaaaaaaaaaaaaaaaaaaaa';
    await teams.add({ _id: t.db.ObjectId({ id: hex }), kind: 'oid' });
    await teams.add({ _id: hex, kind: 'string' });
    expect((await teams.where({ _id: t.db.ObjectId({ id: hex }) }).get()).data).toEqual([{ _id: hex, kind: 'oid' }]);
    // doc(hex) reaches the string id first, as it is the exact match.
    expect((await teams.doc(hex).get()).data).toEqual([{ _id: hex, kind: 'string' }]);
  });
});
