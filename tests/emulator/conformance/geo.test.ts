import { Query } from 'mingo';
import { startTestDb, type TestDb } from '../harness';

let t: TestDb;
let Geo: any;
const TIANANMEN = [116.3975, 39.9087] as const;
beforeAll(async () => {
  t = await startTestDb();
  Geo = t.db.Geo;
  await t.db.collection('places').add([
    { _id: 'tiananmen', kind: 'square', location: new Geo.Point(116.3975, 39.9087) },
    { _id: 'palace-north', kind: 'gate', location: new Geo.Point(116.3972, 39.923) },
    { _id: 'summer-palace', kind: 'park', location: new Geo.Point(116.2755, 39.9999) },
    { _id: 'shanghai', kind: 'city', location: new Geo.Point(121.4737, 31.2304) },
    { _id: 'nowhere', kind: 'none' },
  ]);
});
afterAll(() => t.close());

const here = () => new Geo.Point(...TIANANMEN);
const ids = (docs: Array<{ _id: string }>) => docs.map((d) => d._id);
const places = () => t.db.collection('places');

describe('geo points through the SDK', () => {
  it('come back as db.Geo.Point values', async () => {
    const { data } = await places().doc('tiananmen').get();
    expect(data[0].location).toBeInstanceOf(Geo.Point);
    expect(data[0].location).toMatchObject({ longitude: 116.3975, latitude: 39.9087 });
  });
});

describe('_.geoNear ($nearSphere)', () => {
  it('answers nearest first, within maxDistance/minDistance meters (on the sphere)', async () => {
    const _ = t.db.command;
    const near = (opts: object) =>
      places()
        .where({ location: _.geoNear({ geometry: here(), ...opts }) })
        .get();
    expect(ids((await near({})).data)).toEqual(['tiananmen', 'palace-north', 'summer-palace', 'shanghai']);
    // Palace north gate is ~1.59 km away, the Summer Palace ~14 km, Shanghai ~1,068 km.
    expect(ids((await near({ maxDistance: 2000 })).data)).toEqual(['tiananmen', 'palace-north']);
    expect(ids((await near({ maxDistance: 1500 })).data)).toEqual(['tiananmen']);
    expect(ids((await near({ minDistance: 1000, maxDistance: 20000 })).data)).toEqual(['palace-north', 'summer-palace']);
    expect(ids((await near({ minDistance: 1_000_000, maxDistance: 1_100_000 })).data)).toEqual(['shanghai']);
  });

  it('pages in distance order and combines with other criteria', async () => {
    const _ = t.db.command;
    const { data } = await places()
      .where({ location: _.geoNear({ geometry: here() }), kind: _.neq('square') })
      .skip(1)
      .limit(1)
      .get();
    expect(ids(data)).toEqual(['summer-palace']);
  });

  it('needs a 2dsphere index on the field, as on CloudBase (MongoDB)', async () => {
    const _ = t.db.command;
    await t.db.collection('teams').add({ _id: 'geo-team', location: here() });
    await expect(
      t.db
        .collection('teams')
        .where({ location: _.geoNear({ geometry: here() }) })
        .get(),
    ).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
    });
  });
});

describe('_.geoWithin ($geoWithin)', () => {
  it('with a Polygon (and a MultiPolygon) $geometry', async () => {
    const _ = t.db.command;
    const ring = (...points: number[][]) => new Geo.LineString(points.map(([lng, lat]) => new Geo.Point(lng, lat)));
    const centre = new Geo.Polygon([ring([116.39, 39.9], [116.41, 39.9], [116.41, 39.93], [116.39, 39.93], [116.39, 39.9])]);
    const within = async (geometry: unknown) =>
      ids(
        (
          await places()
            .where({ location: _.geoWithin({ geometry }) })
            .orderBy('_id', 'asc')
            .get()
        ).data,
      );
    expect(await within(centre)).toEqual(['palace-north', 'tiananmen']);
    const withHole = new Geo.Polygon([
      ring([116.39, 39.9], [116.41, 39.9], [116.41, 39.93], [116.39, 39.93], [116.39, 39.9]),
      ring([116.395, 39.905], [116.4, 39.905], [116.4, 39.91], [116.395, 39.91], [116.395, 39.905]),
    ]);
    expect(await within(withHole)).toEqual(['palace-north']);
    const shanghai = new Geo.Polygon([ring([121, 31], [122, 31], [122, 32], [121, 32], [121, 31])]);
    expect(await within(new Geo.MultiPolygon([centre, shanghai]))).toEqual(['palace-north', 'shanghai', 'tiananmen']);
  });

  it('with $centerSphere [point, radius in radians]', async () => {
    const _ = t.db.command;
    const radians = (meters: number) => meters / 6_378_100;
    const within = async (meters: number) =>
      ids(
        (
          await places()
            .where({ location: _.geoWithin({ centerSphere: [here(), radians(meters)] }) })
            .orderBy('_id', 'asc')
            .get()
        ).data,
      );
    expect(await within(2000)).toEqual(['palace-north', 'tiananmen']);
    expect(await within(20_000)).toEqual(['palace-north', 'summer-palace', 'tiananmen']);
  });
});

describe('aggregate().geoNear() ($geoNear stage)', () => {
  it('adds the distance in meters, nearest first, with query, maxDistance, distanceMultiplier and includeLocs', async () => {
    const _ = t.db.command;
    const { data } = await places()
      .aggregate()
      .geoNear({
        near: here(),
        spherical: true,
        distanceField: 'distance',
        maxDistance: 20_000,
        query: { kind: _.neq('square') },
        includeLocs: 'at',
      })
      .project({ distance: 1, at: 1 })
      .end();
    expect(ids(data)).toEqual(['palace-north', 'summer-palace']);
    expect(data[0].distance).toBeCloseTo(1590, -1);
    expect(data[1].distance).toBeGreaterThan(13_000);
    expect(data[1].distance).toBeLessThan(15_000);
    // The SDK turns GeoJSON into db.Geo values for get(), not for aggregate() results.
    expect(data[0].at).toEqual({ type: 'Point', coordinates: [116.3972, 39.923] });
    const { data: km } = await places()
      .aggregate()
      .geoNear({ near: here(), spherical: true, distanceField: 'km', distanceMultiplier: 0.001, key: 'location', minDistance: 1 })
      .limit(1)
      .end();
    expect(km[0]._id).toBe('palace-north');
    expect(km[0].km).toBeCloseTo(1.59, 1);
  });

  it('is only valid as the first stage, and needs a 2dsphere index', async () => {
    await expect(places().aggregate().match({}).geoNear({ near: here(), distanceField: 'd' }).end()).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
    });
    await expect(t.db.collection('teams').aggregate().geoNear({ near: here(), distanceField: 'd' }).end()).rejects.toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
    });
  });
});

describe('plain mingo (which this layer extends)', () => {
  it('has no $nearSphere or $geoWithin', () => {
    const point = { type: 'Point', coordinates: TIANANMEN };
    expect(() => new Query({ location: { $nearSphere: { $geometry: point } } }).test({ location: point })).toThrow();
    expect(() => new Query({ location: { $geoWithin: { $centerSphere: [TIANANMEN, 1] } } }).test({ location: point })).toThrow();
  });
});
