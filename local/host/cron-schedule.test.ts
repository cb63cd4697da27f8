import { parseCron } from './cron-schedule';

/** A UTC instant from a China-time wall clock, since CloudBase evaluates timers at UTC+8. */
const china = (iso: string) => new Date(`${iso}+08:00`);

describe('CloudBase 7-field cron', () => {
  it('matches every second, steps and lists', () => {
    expect(parseCron('* * * * * * *').matches(new Date())).toBe(true);
    const everyFive = parseCron('0 */5 * * * * *');
    expect(everyFive.matches(china('2025-03-05T10:15:00'))).toBe(true);
    expect(everyFive.matches(china('2025-03-05T10:16:00'))).toBe(false);
    expect(everyFive.matches(china('2025-03-05T10:15:01'))).toBe(false);
    expect(parseCron('0,30 * * * * * *').matches(china('2025-03-05T10:15:30'))).toBe(true);
  });

  it('reads hours in China time, with month and weekday names', () => {
    const morning = parseCron('0 0 8 * * MON-FRI *');
    expect(morning.matches(china('2025-03-05T08:00:00'))).toBe(true); // a Wednesday
    expect(morning.matches(china('2025-03-08T08:00:00'))).toBe(false); // Saturday
    expect(morning.matches(new Date('2025-03-05T08:00:00Z'))).toBe(false); // 16:00 in China
    expect(parseCron('0 0 9 5 MAR ? 2025').matches(china('2025-03-05T09:00:00'))).toBe(true);
    expect(parseCron('0 0 9 5 MAR ? 2026').matches(china('2025-03-05T09:00:00'))).toBe(false);
  });

  it('refuses what it does not understand instead of never firing', () => {
    expect(() => parseCron('*/5 * * * *')).toThrow(/7 fields/);
    expect(() => parseCron('0 0 25 * * * *')).toThrow(/out of range/);
    expect(() => parseCron('0 0 L * * * *')).toThrow();
    expect(() => parseCron('*/0 * * * * * *')).toThrow(/step/);
  });
});
