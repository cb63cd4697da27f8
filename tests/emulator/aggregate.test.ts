import { startTestDb, type TestDb } from './harness';

let t: TestDb;
beforeAll(async () => {
  t = await startTestDb();
  await t.db.collection('teams').add([
    { _id: 'car', name: '汽车维护服务队' },
    { _id: 'pc', name: '电脑义诊队' },
  ]);
  await t.db.collection('bookings').add([
    { team: 'car', minutes: 30, rating: 5 },
    { team: 'car', minutes: 45, rating: 4 },
    { team: 'pc', minutes: 60, rating: 5 },
    { team: 'pc', minutes: 15 },
    { team: 'car', minutes: 20, rating: 3 },
  ]);
});
afterAll(() => t.close());

it('groups, sorts and looks up another collection', async () => {
  const $ = t.db.command.aggregate;
  const { data } = await t.db
    .collection('bookings')
    .aggregate()
    .match({ minutes: t.db.command.gte(20) })
    .group({ _id: '$team', services: $.sum(1), minutes: $.sum('$minutes'), rating: $.avg('$rating') })
    .sort({ minutes: -1 })
    .lookup({ from: 'teams', localField: '_id', foreignField: '_id', as: 'team' })
    .project({ services: 1, minutes: 1, rating: 1, teamName: $.arrayElemAt(['$team.name', 0]) })
    .end();
  expect(data).toEqual([
    { _id: 'car', services: 3, minutes: 95, rating: 4, teamName: '汽车维护服务队' },
    { _id: 'pc', services: 1, minutes: 60, rating: 5, teamName: '电脑义诊队' },
  ]);
});

it('counts, skips and limits in a pipeline', async () => {
  const { data } = await t.db
    .collection('bookings')
    .aggregate()
    .sort({ minutes: 1 })
    .skip(1)
    .limit(2)
    .project({ _id: 0, minutes: 1 })
    .end();
  expect(data).toEqual([{ minutes: 20 }, { minutes: 30 }]);
  const counted = await t.db.collection('bookings').aggregate().match({ team: 'pc' }).count('n').end();
  expect(counted.data).toEqual([{ n: 2 }]);
});

it('refuses a lookup into a collection that does not exist', async () => {
  await expect(
    t.db.collection('bookings').aggregate().lookup({ from: 'nowhere', localField: 'team', foreignField: '_id', as: 'x' }).end(),
  ).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
});
