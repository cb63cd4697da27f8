import { bookableFrom, bookableUntil, cancellableUntil, DEFAULT_BOOKING_WINDOW, windowState } from './booking-window';
import { addDays, isRealDay, shanghaiClock, shanghaiDay, shanghaiInstant } from './shanghai-time';
import { MAX_SERIES_WEEKS, seriesDays, slotIdOf } from './slot-series';

/** Run with TZ=UTC (as the test command does): nothing here may depend on the machine's zone. */
describe('Asia/Shanghai days and the booking window', () => {
  it('turns Shanghai wall-clock times into instants and back', () => {
    expect(shanghaiInstant('2025-03-05', '09:30').toISOString()).toBe('2025-03-05T01:30:00.000Z');
    // 07:00 in Shanghai is still the previous day in UTC
    expect(shanghaiInstant('2025-03-05', '07:00').toISOString()).toBe('2025-03-04T23:00:00.000Z');
    expect(shanghaiDay(new Date('2025-03-04T23:00:00Z'))).toBe('2025-03-05');
    expect(shanghaiClock(new Date('2025-03-04T23:00:00Z'))).toBe('07:00');
  });

  it('opens booking at 00:00 Shanghai 14 days before the slot day, closes it 2 h before the start', () => {
    const startAt = shanghaiInstant('2025-03-20', '07:30');
    expect(bookableFrom(startAt, DEFAULT_BOOKING_WINDOW).toISOString()).toBe('2025-03-05T16:00:00.000Z');
    expect(bookableUntil(startAt, DEFAULT_BOOKING_WINDOW).toISOString()).toBe('2025-03-19T21:30:00.000Z');
    expect(cancellableUntil(startAt, DEFAULT_BOOKING_WINDOW).toISOString()).toBe('2025-03-19T21:30:00.000Z');
    const from = bookableFrom(startAt, DEFAULT_BOOKING_WINDOW);
    const until = bookableUntil(startAt, DEFAULT_BOOKING_WINDOW);
    expect(windowState(new Date('2025-03-05T15:59:59Z'), from, until)).toBe('not_open');
    expect(windowState(new Date('2025-03-05T16:00:00Z'), from, until)).toBe('open');
    expect(windowState(new Date('2025-03-19T21:29:59Z'), from, until)).toBe('open');
    expect(windowState(new Date('2025-03-19T21:30:00Z'), from, until)).toBe('closed');
  });

  it('expands a weekly series and names slots deterministically', () => {
    expect(seriesDays('2025-02-24', '2025-03-17')).toEqual(['2025-02-24', '2025-03-03', '2025-03-10', '2025-03-17']);
    expect(seriesDays('2025-02-24')).toEqual(['2025-02-24']);
    // A far repeatUntil stops one past the limit, so the action refuses it without walking millennia.
    expect(seriesDays('2025-02-24', '9999-12-31')).toHaveLength(MAX_SERIES_WEEKS + 1);
    expect(slotIdOf('svc-car-wash', '2025-03-03', '09:30')).toBe('svc-car-wash_20250303_0930');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('2024-02-29')).toBe(true);
  });
});
