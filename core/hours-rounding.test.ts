import { creditedMinutes, roundMinutes } from './hours-rounding';
import { distanceMeters, isInsideCircle } from './geo-distance';

describe('standard rounding (the default rule)', () => {
  it.each([
    [0, 0],
    [14, 0],
    [14.99, 0],
    [15, 30],
    [44, 30],
    [45, 60],
    [59, 60],
    [60, 60],
    [74, 60],
    [75, 90],
    [104, 90],
    [105, 120],
    [150, 150],
  ])('%s min → %s', (minutes, credited) => expect(roundMinutes(minutes, 'standard')).toBe(credited));

  it('never credits negative time', () => expect(roundMinutes(-30, 'standard')).toBe(0));
});

describe('other roundings', () => {
  it('half_hour_floor keeps whole half hours', () => {
    expect(roundMinutes(29, 'half_hour_floor')).toBe(0);
    expect(roundMinutes(30, 'half_hour_floor')).toBe(30);
    expect(roundMinutes(89, 'half_hour_floor')).toBe(60);
  });
  it('exact keeps whole minutes', () => expect(roundMinutes(47.9, 'exact')).toBe(47));
});

describe('creditedMinutes', () => {
  const activity = { startAt: new Date('2026-03-05T01:00:00Z'), endAt: new Date('2026-03-05T03:00:00Z') };
  const at = (minutes: number) => new Date(activity.startAt.getTime() + minutes * 60_000);

  it('rounds the attended span', () =>
    expect(creditedMinutes({ kind: 'measured', fixedMinutes: null, rounding: 'standard' }, { from: at(0), to: at(80) }, activity)).toBe(
      90,
    ));
  it("caps by the activity's length", () =>
    expect(creditedMinutes({ kind: 'measured', fixedMinutes: null, rounding: 'standard' }, { from: at(-60), to: at(200) }, activity)).toBe(
      120,
    ));
  it('credits the fixed amount, capped too', () => {
    expect(creditedMinutes({ kind: 'fixed', fixedMinutes: 90, rounding: 'standard' }, { from: at(0), to: at(5) }, activity)).toBe(90);
    expect(creditedMinutes({ kind: 'fixed', fixedMinutes: 600, rounding: 'standard' }, { from: at(0), to: at(5) }, activity)).toBe(120);
  });
});

describe('check-in circle', () => {
  const centre = { latitude: 22.8167, longitude: 108.3669, radiusMeters: 200 };
  it('measures about 111 m per 0.001° of latitude', () =>
    expect(distanceMeters(centre, { latitude: 22.8177, longitude: 108.3669 })).toBeCloseTo(111.2, 0));
  it('accepts inside and refuses outside', () => {
    expect(isInsideCircle({ latitude: 22.8177, longitude: 108.3669 }, centre)).toBe(true);
    expect(isInsideCircle({ latitude: 22.8187, longitude: 108.3669 }, centre)).toBe(false);
  });
});
