import { suggestedTerm } from '../../src/packages/activity-admin/terms/suggested-term';

describe('the term 新增学期 proposes', () => {
  it.each([
    ['2026-11-30', '2026–2027 学年第一学期', '2026-09-01', '2027-01-31'],
    ['2027-01-10', '2026–2027 学年第一学期', '2026-09-01', '2027-01-31'],
    ['2027-02-01', '2026–2027 学年第二学期', '2027-02-15', '2027-07-15'],
    ['2027-07-31', '2026–2027 学年第二学期', '2027-02-15', '2027-07-15'],
    ['2027-08-20', '2027–2028 学年第一学期', '2027-09-01', '2028-01-31'],
  ])('on %s: %s, %s to %s', (today, name, startDay, endDay) => expect(suggestedTerm(today)).toEqual({ name, startDay, endDay }));
});
