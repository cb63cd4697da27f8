import {
  clockText,
  dayText,
  fullDateText,
  fullDayText,
  fullMomentText,
  momentText,
  monthDayText,
  nearDayWord,
  pickerDayWord,
  rangeText,
  slotText,
} from './date-words';

/** 2026-12-07 (a Monday) 10:00 in Shanghai, which is still the 7th at 02:00 UTC. */
const NOW = new Date('2026-12-07T02:00:00Z');

describe('the one date vocabulary', () => {
  it('says near days as words, in Shanghai whatever the zone', () => {
    expect(nearDayWord('2026-12-07', NOW)).toBe('今天');
    expect(nearDayWord('2026-12-08', NOW)).toBe('明天');
    expect(nearDayWord('2026-12-06', NOW)).toBe('昨天');
    expect(nearDayWord('2026-12-09', NOW)).toBeNull();
    // 23:30 UTC on the 6th is already the 7th on campus
    expect(nearDayWord('2026-12-07', new Date('2026-12-06T23:30:00Z'))).toBe('今天');
  });

  it('names other days by month, day and weekday, and the year only when it is not this one', () => {
    expect(dayText('2026-12-09', NOW)).toBe('12月9日 周三');
    expect(dayText('2027-01-04', NOW)).toBe('2027年1月4日 周一');
    expect(monthDayText('2026-03-05')).toBe('3月5日');
    expect(fullDayText('2026-12-07')).toBe('2026年12月7日 周一');
  });

  it('gives a day picker 今天, 明天, then weekdays', () => {
    expect(['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09'].map((day) => pickerDayWord(day, NOW))).toEqual([
      '周日',
      '今天',
      '明天',
      '周三',
    ]);
  });

  it('says a moment with its 24-hour clock', () => {
    expect(momentText('2026-12-07T06:00:00Z', NOW)).toBe('今天 14:00');
    expect(momentText('2026-12-08T01:00:00Z', NOW)).toBe('明天 09:00');
    expect(momentText('2026-12-10T12:05:00Z', NOW)).toBe('12月10日 周四 20:05');
    expect(momentText('not a date', NOW)).toBe('');
    expect(clockText('2026-12-07T23:00:00Z')).toBe('07:00');
  });

  it('says a same-day range with one day and a cross-day range with both', () => {
    expect(rangeText('2026-12-07T01:00:00Z', '2026-12-07T03:30:00Z', NOW)).toBe('今天 09:00–11:30');
    expect(rangeText('2026-12-10T01:00:00Z', '2026-12-11T09:00:00Z', NOW)).toBe('12月10日 周四 09:00 至 12月11日 周五 17:00');
    expect(slotText({ day: '2026-12-08', startClock: '09:00', endClock: '10:00' }, NOW)).toBe('明天 09:00–10:00');
  });

  it('writes stored messages in full, never relative', () => {
    expect(fullMomentText(new Date('2026-12-07T06:00:00Z'))).toBe('2026年12月7日 14:00');
    expect(fullDateText('2026-03-05')).toBe('2026年3月5日');
  });
});
