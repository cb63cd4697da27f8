import { startTestDb, type TestDb } from '../harness';

let t: TestDb;
beforeAll(async () => (t = await startTestDb()));
afterAll(() => t.close());

describe('doc().set()', () => {
  it('reports updated 1 when it replaces a document with identical data, outside and inside a transaction', async () => {
    const doc = () => t.db.collection('teams').doc('same');
    await doc().set({ name: '电脑义诊队', size: 3 });
    expect(await doc().set({ name: '电脑义诊队', size: 3 })).toMatchObject({ updated: 1 });
    const tx = await t.db.startTransaction();
    expect(await tx.collection('teams').doc('same').set({ name: '电脑义诊队', size: 3 })).toMatchObject({ updated: 1 });
    await tx.commit();
    expect((await doc().get()).data).toEqual([{ _id: 'same', name: '电脑义诊队', size: 3 }]);
  });

  it('update() that changes nothing keeps reporting updated 0 (MongoDB nModified)', async () => {
    await t.db.collection('teams').doc('same-u').set({ size: 3 });
    expect(await t.db.collection('teams').doc('same-u').update({ size: 3 })).toMatchObject({ updated: 0 });
  });
});
