import { Query } from 'mingo';
import { startTestDb, type TestDb } from '../harness';

let t: TestDb;
beforeAll(async () => {
  t = await startTestDb();
  await t.db.collection('teams').add([
    { _id: 'plain', scores: [1, 2, 3] },
    { _id: 'docs', scores: [{ value: 1 }, { value: 5 }] },
    { _id: 'nested', scores: [[1]] },
  ]);
});
afterAll(() => t.close());

const ids = async (where: Record<string, unknown>) =>
  (await t.db.collection('teams').where(where).orderBy('_id', 'asc').get()).data.map((d: { _id: string }) => d._id);

describe('_.elemMatch (MongoDB $elemMatch)', () => {
  it('with field criteria matches only elements that are documents, never plain values', async () => {
    const _ = t.db.command;
    expect(await ids({ scores: _.elemMatch({ value: _.gt(0) }) })).toEqual(['docs']);
    expect(await ids({ scores: _.elemMatch({ value: _.gt(4) }) })).toEqual(['docs']);
    // MongoDB treats an array element as a document here: [1] has no "value", so $ne holds.
    expect(await ids({ scores: _.elemMatch({ value: _.neq(1) }) })).toEqual(['docs', 'nested']);
  });

  it('with value operators only still matches plain values', async () => {
    const _ = t.db.command;
    expect(await ids({ scores: _.elemMatch(_.gt(2)) })).toEqual(['plain']);
  });

  it('also in an aggregation $match after the first stage', async () => {
    const _ = t.db.command;
    const { data } = await t.db
      .collection('teams')
      .aggregate()
      .sort({ _id: 1 })
      .match({ scores: _.elemMatch({ value: _.gt(0) }) })
      .end();
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['docs']);
  });

  it('differs from plain mingo, which this layer corrects (reported upstream-worthy)', () => {
    expect(new Query({ scores: { $elemMatch: { value: { $gt: 0 } } } }).test({ scores: [1, 2, 3] })).toBe(true);
  });
});

describe('_.jsonSchema ($jsonSchema)', () => {
  it('matches documents by MongoDB JSON Schema with bsonType, required, properties and ranges', async () => {
    const _ = t.db.command;
    await t.db.collection('teams').add([
      { _id: 'js-ok', title: '电脑义诊', size: 5 },
      { _id: 'js-small', title: '义诊', size: 1 },
      { _id: 'js-untitled', size: 5 },
    ]);
    const schema = {
      required: ['title', 'size'],
      properties: { title: { bsonType: 'string', minLength: 2 }, size: { bsonType: 'int', minimum: 2 } },
    };
    expect(await ids({ _id: _.in(['js-ok', 'js-small', 'js-untitled']), ...(_.jsonSchema(schema) as object) })).toEqual(['js-ok']);
  });

  it('refuses an unknown keyword as bad input', async () => {
    const _ = t.db.command;
    await expect(
      t.db
        .collection('teams')
        .where(_.jsonSchema({ bsonType: 'object', bogus: 1 }))
        .get(),
    ).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });

  it('plain mingo has no validator for it', () => {
    expect(() => new Query({ $jsonSchema: { required: ['a'] } }).test({ a: 1 })).toThrow();
  });
});
