import { DEFAULT_HONOUR_SETTINGS, isWorkingDay, levelReached, meetsRule, noticeEndsAt, progressToNext } from './honours';
import { shanghaiInstant } from './shanghai-time';

describe('honour rules', () => {
  it('counts Monday to Friday as working days', () => {
    // 2026-12-07 is a Monday.
    expect(['2026-12-07', '2026-12-11'].map(isWorkingDay)).toEqual([true, true]);
    expect(['2026-12-12', '2026-12-13'].map(isWorkingDay)).toEqual([false, false]);
  });

  it('ends a notice at midnight after the N-th working day following the start day', () => {
    // Monday afternoon + 5 working days: Tue–Fri and the next Monday; ends as that Monday is over.
    expect(noticeEndsAt(shanghaiInstant('2026-12-07', '15:00'), 5)).toEqual(shanghaiInstant('2026-12-15'));
    // Friday + 1 working day skips the weekend: ends after Monday.
    expect(noticeEndsAt(shanghaiInstant('2026-12-11', '09:00'), 1)).toEqual(shanghaiInstant('2026-12-15'));
    // A Saturday start counts from Monday.
    expect(noticeEndsAt(shanghaiInstant('2026-12-12', '09:00'), 2)).toEqual(shanghaiInstant('2026-12-16'));
  });

  it('reaches levels at the thresholds and measures progress to the next', () => {
    expect(levelReached(DEFAULT_HONOUR_SETTINGS, 99 * 60 + 59)).toBe(0);
    expect(levelReached(DEFAULT_HONOUR_SETTINGS, 100 * 60)).toBe(1);
    expect(levelReached(DEFAULT_HONOUR_SETTINGS, 2000 * 60)).toBe(5);
    expect(progressToNext(DEFAULT_HONOUR_SETTINGS, 200 * 60)).toEqual({ nextLevel: 2, remainingMinutes: 100 * 60, percent: 50 });
    expect(progressToNext(DEFAULT_HONOUR_SETTINGS, 1500 * 60)).toEqual({ nextLevel: null, remainingMinutes: 0, percent: 100 });
  });

  it('checks a nomination rule on hours, activities and no-shows', () => {
    const rule = { ruleId: 'r', title: '优秀志愿者', minHours: 20, minActivities: 3, noUnexcusedNoShow: true };
    expect(meetsRule(rule, { minutes: 20 * 60, activities: 3, noShows: 0 })).toBe(true);
    expect(meetsRule(rule, { minutes: 20 * 60 - 1, activities: 3, noShows: 0 })).toBe(false);
    expect(meetsRule(rule, { minutes: 20 * 60, activities: 2, noShows: 0 })).toBe(false);
    expect(meetsRule(rule, { minutes: 20 * 60, activities: 3, noShows: 1 })).toBe(false);
    expect(meetsRule({ ...rule, noUnexcusedNoShow: false }, { minutes: 20 * 60, activities: 3, noShows: 1 })).toBe(true);
  });
});
