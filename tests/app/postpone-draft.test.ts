import {
  checkPostponeDraft,
  postponeDayRange,
  postponeDraftOf,
  shiftedDraft,
} from '../../src/packages/activity-admin/console/postpone-draft';

const activity = { startAt: '2040-03-05T01:00:30.000Z', endAt: '2040-03-05T03:00:30.000Z' };
const NOW = Date.parse('2040-03-01T00:00:00.000Z');

describe('改期 form', () => {
  it('opens on the current times in Shanghai and asks for new ones first, whatever their seconds', () => {
    const draft = postponeDraftOf(activity);
    expect(draft).toEqual({ startDay: '2040-03-05', startClock: '09:00', endDay: '2040-03-05', endClock: '11:00', reason: '' });
    expect(checkPostponeDraft({ ...draft, reason: '场地检修' }, activity, NOW)).toEqual({ errors: { start: '请选择新的时间' } });
    expect(checkPostponeDraft(draft, activity, NOW)).toEqual({
      errors: { start: '请选择新的时间', reason: '请填写改期原因（至少 2 个字）' },
    });
  });

  it('moves both ends by a quick shift, keeps the reason, and sends Shanghai instants', () => {
    const moved = shiftedDraft(activity, 24 * 60, '场地检修');
    expect(moved).toMatchObject({ startDay: '2040-03-06', startClock: '09:00', reason: '场地检修' });
    expect(checkPostponeDraft(moved, activity, NOW)).toEqual({
      startAt: '2040-03-06T01:00:00.000Z',
      endAt: '2040-03-06T03:00:00.000Z',
      reason: '场地检修',
    });
  });

  it('refuses what the server refuses: a past start, an end before the start, more than 7 days, no reason', () => {
    const draft = shiftedDraft(activity, 60, '');
    expect(checkPostponeDraft(draft, activity, NOW)).toEqual({ errors: { reason: '请填写改期原因（至少 2 个字）' } });
    expect(checkPostponeDraft({ ...draft, reason: '原因' }, activity, Date.parse('2040-04-01T00:00:00Z'))).toEqual({
      errors: { start: '新的开始时间应晚于现在' },
    });
    expect(checkPostponeDraft({ ...draft, endDay: '2040-03-04', reason: '原因' }, activity, NOW)).toEqual({
      errors: { end: '结束时间应晚于开始时间' },
    });
    expect(checkPostponeDraft({ ...draft, endDay: '2040-03-20', reason: '原因' }, activity, NOW)).toEqual({
      errors: { end: '活动时长不超过 7 天' },
    });
  });

  it('offers days from today to 180 days ahead (campus days)', () => {
    expect(postponeDayRange(new Date('2040-02-29T20:00:00Z'))).toEqual({ startDay: '2040-03-01', endDay: '2040-08-27' });
  });
});
