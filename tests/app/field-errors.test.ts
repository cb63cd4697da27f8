import { fieldLabels } from '@core/field-labels';
import { describeValidationIssues } from '@core/validation-message';
import { z } from 'zod';
import { fieldAnchorId, firstErrorField, recheckErrors, serverFieldError, withoutFields } from '../../src/hooks/field-errors';
import { daysFrom, daysUpToToday, planningDays, termDays } from '../../src/format/day-bounds';

type Field = 'title' | 'place' | 'capacity';
const order: Field[] = ['title', 'place', 'capacity'];

describe('the field a submit scrolls to', () => {
  it('is the top-most wrong field, whatever order the check found them in', () => {
    expect(firstErrorField<Field>({ capacity: '名额应为 1–5000 的整数', place: '请填写活动地点' }, order)).toBe('place');
  });

  it('is none when every field is fine (empty messages count as fine)', () => {
    expect(firstErrorField<Field>({}, order)).toBeNull();
    expect(firstErrorField<Field>({ title: '' }, order)).toBeNull();
  });

  it('falls back to a wrong field the order does not list', () => {
    expect(firstErrorField<string>({ note: '不能超过 200 个字' }, order)).toBe('note');
  });

  it('is addressed by an id a selector can hold', () => {
    expect(fieldAnchorId('hours.fixedMinutes')).toBe('form-field-hours-fixedMinutes');
  });
});

describe('what a change leaves shown', () => {
  const shown = { title: '活动名称至少 2 个字', place: '请填写活动地点' };

  it('clears the error of a field once it is fixed', () => {
    expect(recheckErrors<Field>(shown, { place: '请填写活动地点' })).toEqual({ place: '请填写活动地点' });
  });

  it('keeps an error while its field is still wrong, in the current words', () => {
    expect(recheckErrors<Field>({ title: '活动名称至少 2 个字' }, { title: '不能超过 40 个字' })).toEqual({ title: '不能超过 40 个字' });
  });

  it('does not light up a field the user has not been told about yet', () => {
    expect(
      recheckErrors<Field>({ title: '活动名称至少 2 个字' }, { title: '活动名称至少 2 个字', capacity: '名额应为 1–5000 的整数' }),
    ).toEqual({
      title: '活动名称至少 2 个字',
    });
  });

  it('drops the errors of fields changed outside the form’s own check', () => {
    expect(withoutFields<Field>(shown, ['title'])).toEqual({ place: '请填写活动地点' });
    expect(shown).toEqual({ title: '活动名称至少 2 个字', place: '请填写活动地点' });
  });
});

describe('a server refusal beside its field', () => {
  const labels = { title: fieldLabels.title, opens: fieldLabels.signUpOpensAt, start: fieldLabels.startAt };

  it('belongs to the field its label names, as the server wrote it', () => {
    const schema = z.object({ title: z.string().min(2) });
    const message = describeValidationIssues(schema.safeParse({ title: 'x' }).error?.issues ?? [], schema);
    expect(serverFieldError(message, labels)).toEqual({ field: 'title', message: `${fieldLabels.title}至少 2 个字` });
  });

  it('belongs to the field a schema’s own sentence names (no space after the label)', () => {
    expect(serverFieldError(`提交的信息有误：${fieldLabels.title}应为 2–40 个字`, labels)).toEqual({
      field: 'title',
      message: `${fieldLabels.title}应为 2–40 个字`,
    });
  });

  it('picks the longest label that matches (报名开始时间, not 开始时间)', () => {
    expect(serverFieldError(`提交的信息有误：${fieldLabels.signUpOpensAt} 格式不正确`, labels)?.field).toBe('opens');
  });

  it('is left to a toast when it names no field of the form, or is not about input', () => {
    expect(serverFieldError('提交的信息有误：签到半径 不能小于 20', labels)).toBeNull();
    expect(serverFieldError('名额已满', labels)).toBeNull();
  });
});

describe('the days a date picker offers', () => {
  const today = '2026-12-07';

  it('plans from today to a year ahead, never from 1970', () => {
    expect(planningDays(today)).toEqual({ start: today, end: '2027-12-08' });
  });

  it('keeps an edited activity’s earlier day choosable', () => {
    expect(planningDays(today, '2026-11-20').start).toBe('2026-11-20');
    expect(planningDays(today, '2026-12-20').start).toBe(today);
  });

  it('offers an end only on or after its start, within the span', () => {
    expect(daysFrom('2026-12-10', 7)).toEqual({ start: '2026-12-10', end: '2026-12-17' });
    expect(daysFrom('2026-12-01', 7, today).start).toBe(today);
  });

  it('asks for a past moment only up to today', () => {
    expect(daysUpToToday('2026-12-01', today)).toEqual({ start: '2026-12-01', end: today });
    expect(daysUpToToday('2026-12-09', today)).toEqual({ start: today, end: today });
  });

  it('offers terms around the current year', () => {
    const { start, end } = termDays(today);
    expect(start > '2023-01-01' && start < today && end > '2028-01-01' && end < '2029-12-31').toBe(true);
  });
});
