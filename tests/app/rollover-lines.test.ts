import { moveLine, stageName, suggestedSchoolYear } from '../../src/packages/admin/rollover/rollover-lines';

// What 学年换届 shows before the admin confirms, and which year it opens on.
describe('roll-over page lines', () => {
  it('names a promotion by its 年级 and a graduation by what happens to its members', () => {
    expect(moveLine({ orgUnitId: 'c', name: '汽修2301班', fromStage: 2, toStage: 3, members: 0 })).toBe('二年级 → 三年级');
    expect(moveLine({ orgUnitId: 'c', name: '汽修2201班', fromStage: 3, toStage: null, members: 41 })).toBe(
      '毕业：三年级结束后归档，41 名成员标记为已毕业',
    );
    expect(stageName(9)).toBe('9年级');
  });

  it('opens on the school year that starts in autumn, on campus time', () => {
    expect(suggestedSchoolYear(new Date('2026-12-07T03:00:00Z'))).toBe(2026);
    expect(suggestedSchoolYear(new Date('2027-03-01T03:00:00Z'))).toBe(2026);
    // 31 July 23:30 in Shanghai is still the old year; 1 August 00:30 is the new one.
    expect(suggestedSchoolYear(new Date('2027-07-31T15:30:00Z'))).toBe(2026);
    expect(suggestedSchoolYear(new Date('2027-07-31T16:30:00Z'))).toBe(2027);
  });
});
