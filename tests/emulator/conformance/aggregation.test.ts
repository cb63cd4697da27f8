import { Aggregator } from 'mingo';
import { startTestDb, type TestDb } from '../harness';

let t: TestDb;
beforeAll(async () => {
  t = await startTestDb();
  await t.db.collection('teams').add({ _id: 'a', name: 'cafétéria', at: new Date('2019-05-14T08:00:00Z') });
});
afterAll(() => t.close());

const project = async (spec: object) => (await t.db.collection('teams').aggregate().project(spec).end()).data[0];

describe('aggregation operators as MongoDB', () => {
  it('$indexOfCP counts code points, -1 when absent, from a start index', async () => {
    expect(
      await project({ i: { $indexOfCP: ['$name', 't'] }, none: { $indexOfCP: ['$name', 'z'] }, from: { $indexOfCP: ['$name', 't', 5] } }),
    ).toMatchObject({
      i: 4,
      none: -1,
      from: -1,
    });
  });

  it('$substr and $substrBytes with a negative count take the rest of the string', async () => {
    expect(await project({ s: { $substr: ['$name', 2, -1] }, b: { $substrBytes: ['$name', 0, -1] } })).toMatchObject({
      s: 'fétéria',
      b: 'cafétéria',
    });
  });

  it('$week counts Sunday-started weeks, 0 before the first Sunday (2019-05-14 → 19)', async () => {
    expect(await project({ w: { $week: '$at' }, first: { $week: new Date('2019-01-06T00:00:00Z') } })).toMatchObject({ w: 19, first: 1 });
  });

  it('plain mingo differs on each (what this layer corrects)', () => {
    const run = (expr: object) => () =>
      new Aggregator([{ $project: { v: expr } }]).run([{ s: 'hello', d: new Date('2019-05-14T00:00:00Z') }]);
    expect(run({ $indexOfCP: ['$s', 'l'] })).toThrow();
    expect(run({ $substr: ['$s', 1, -1] })).toThrow();
    expect(run({ $week: '$d' })()).toEqual([{ v: 20 }]);
  });
});
