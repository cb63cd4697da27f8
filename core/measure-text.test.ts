import { measureRows, TEAM_MEASURES } from './annual-report';
import { formatHours, hoursText } from './hours-rounding';
import { measureHeading, measureText, measureValue, ratePercent, SCALAR_MEASURES } from './measure-text';
import { MEASURE_DEFINITIONS, type Measures } from './stats-measures';

const measures = (over: Partial<Measures> = {}): Measures => ({
  servicesDelivered: 12,
  peopleServed: 9,
  verifiedHours: 25.3,
  pendingHours: 0,
  activitiesHeld: 3,
  signUps: 40,
  attendanceRate: 0.8571,
  noShowRate: 0,
  averageRating: 4.67,
  ratingDistribution: [0, 0, 1, 2, 9],
  activeVolunteers: 7,
  returningVolunteers: 2,
  questions: 5,
  answerRate: null,
  medianFirstAnswer: { fromMinutes: 60, underMinutes: 120 },
  noticeReadRate: 1,
  ...over,
});

describe('measure text: the one formatter of tiles, the report page and its .xlsx', () => {
  it('words hours, rates, ratings, counts and the median bucket on a tile', () => {
    const m = measures();
    expect(measureText('verifiedHours', m)).toBe('25.3 小时');
    expect(measureText('pendingHours', m)).toBe('0 小时');
    expect(measureText('attendanceRate', m)).toBe('85.7%');
    expect(measureText('noShowRate', m)).toBe('0%');
    expect(measureText('noticeReadRate', m)).toBe('100%');
    expect(measureText('averageRating', m)).toBe('4.67 分');
    expect(measureText('servicesDelivered', m)).toBe('12');
    expect(measureText('peopleServed', m)).toBe('9');
    expect(measureText('medianFirstAnswer', m)).toBe('1–2 小时');
  });

  it('shows — when there is nothing to divide by, and the same null in a table cell', () => {
    const m = measures({ answerRate: null, averageRating: null, medianFirstAnswer: null });
    expect(measureText('answerRate', m)).toBe('—');
    expect(measureText('averageRating', m)).toBe('—');
    expect(measureText('medianFirstAnswer', m)).toBe('—');
    expect(measureValue('answerRate', m)).toBeNull();
    expect(measureValue('medianFirstAnswer', m)).toBeNull();
  });

  it('gives table cells numbers (rates in percent, one decimal) so a sheet can sum them', () => {
    const m = measures();
    expect(measureValue('attendanceRate', m)).toBe(85.7);
    expect(measureValue('verifiedHours', m)).toBe(25.3);
    expect(measureValue('medianFirstAnswer', m)).toBe('1–2 小时');
    expect(ratePercent(0.12345)).toBe(12.3);
    expect(ratePercent(null)).toBeNull();
  });

  it('heads a column with the label and its unit, once', () => {
    expect(measureHeading('verifiedHours')).toBe('已认定时长（小时）');
    expect(measureHeading('attendanceRate')).toBe('签到率（%）');
    expect(measureHeading('servicesDelivered')).toBe('服务人次');
    expect(measureHeading('medianFirstAnswer')).toBe('首答时间中位数');
    expect(TEAM_MEASURES.map(measureHeading)).toContain('平均评分（分）');
  });

  it('has every measure but the distribution, in the definitions order, and report rows agree with the tiles', () => {
    expect(SCALAR_MEASURES).toHaveLength(Object.keys(MEASURE_DEFINITIONS).length - 1);
    expect(SCALAR_MEASURES).not.toContain('ratingDistribution');
    const m = measures();
    const rows = measureRows(m);
    for (const key of SCALAR_MEASURES) {
      const row = rows.find((each) => each.key === key);
      expect(row).toEqual({
        key,
        label: measureHeading(key),
        value: measureValue(key, m),
        definition: MEASURE_DEFINITIONS[key].definition,
      });
    }
    expect(rows.filter((row) => row.key.startsWith('rating')).map((row) => row.value)).toEqual([0, 0, 1, 2, 9]);
  });

  it('says hours the way the ledger pages do', () => {
    expect(hoursText(2.5)).toBe('2.5 小时');
    expect(hoursText(0.1 + 0.2)).toBe('0.3 小时');
    expect(formatHours(54)).toBe(hoursText(0.9));
  });
});

describe('the median bucket names one unit once', () => {
  it.each([
    [{ fromMinutes: 0, underMinutes: 10 }, '10 分钟内'],
    [{ fromMinutes: 10, underMinutes: 30 }, '10–30 分钟'],
    [{ fromMinutes: 30, underMinutes: 60 }, '30 分钟–1 小时'],
    [{ fromMinutes: 60, underMinutes: 120 }, '1–2 小时'],
    [{ fromMinutes: 480, underMinutes: 1440 }, '8 小时–1 天'],
    [{ fromMinutes: 4320, underMinutes: 10080 }, '3–7 天'],
    [{ fromMinutes: 10080, underMinutes: null }, '7 天以上'],
  ])('%o reads %s', (bucket, text) => {
    expect(measureText('medianFirstAnswer', measures({ medianFirstAnswer: bucket }))).toBe(text);
  });
});
