import type { Activity } from '@core/activity.types';
import { templateByKey } from '@core/activity-templates';
import {
  applyTemplate,
  draftFromActivity,
  draftErrors,
  emptyDraft,
  fieldsOf,
  nextOccurrence,
  withFieldLabels,
  withStart,
  type ActivityDraft,
} from '../../src/packages/activity-admin/edit/activity-draft';

const TODAY = '2026-11-30';
const template = (key: string) => {
  const found = templateByKey(key);
  if (!found) throw new Error(`no template ${key}`);
  return found;
};
const problemOf = (draft: ActivityDraft) => {
  const checked = fieldsOf(draft);
  return checked.ok ? null : checked.message;
};
const fieldsOrThrow = (draft: ActivityDraft) => {
  const checked = fieldsOf(draft);
  if (!checked.ok) throw new Error(checked.message);
  return checked.fields;
};

describe('the date a key-date template proposes', () => {
  it('is this year when the day is still ahead, today included', () => {
    expect(nextOccurrence('12-01', TODAY)).toBe('2026-12-01');
    expect(nextOccurrence('11-30', TODAY)).toBe('2026-11-30');
  });

  it('is next year once the day has passed', () => {
    expect(nextOccurrence('03-05', TODAY)).toBe('2027-03-05');
    expect(nextOccurrence('09-30', TODAY)).toBe('2027-09-30');
  });

  it('waits for a leap year for 29 February', () => {
    expect(nextOccurrence('02-29', '2026-03-01')).toBe('2028-02-29');
  });
});

describe('creating from a template', () => {
  it('学雷锋日 fills the form and sends Shanghai 09:00–12:00 on the next 5 March, sign-up closing at the start', () => {
    const draft = applyTemplate(emptyDraft(TODAY), template('leifeng'), TODAY);
    expect(draft).toMatchObject({ title: '学雷锋日志愿服务', place: '学校东门广场', startDay: '2027-03-05', capacity: '60' });
    const fields = fieldsOrThrow(draft);
    expect(fields).toMatchObject({
      startAt: '2027-03-05T01:00:00.000Z',
      endAt: '2027-03-05T04:00:00.000Z',
      signUpOpensAt: '2026-11-30T00:00:00.000Z',
      signUpClosesAt: '2027-03-05T01:00:00.000Z',
      capacity: 60,
      hoursRule: { kind: 'measured', fixedMinutes: null, rounding: 'standard' },
      checkoutRequired: true,
      templateKey: 'leifeng',
      audience: { kind: 'everyone' },
      circle: null,
    });
  });

  it('清明 (a moveable date) leaves the day to the organiser, then sends its fixed 3 hours', () => {
    const draft = applyTemplate(emptyDraft(TODAY), template('qingming'), TODAY);
    expect(draft.startDay).toBe('');
    expect(problemOf(draft)).toBe('请选择活动日期');
    const fields = fieldsOrThrow(withStart(draft, '2027-04-04', draft.startClock));
    expect(fields.hoursRule).toEqual({ kind: 'fixed', fixedMinutes: 180, rounding: 'standard' });
    expect(fields.checkoutRequired).toBe(false);
    expect(fields.startAt).toBe('2027-04-04T00:30:00.000Z');
  });

  it('keeps the organiser’s own sign-up close once they set it', () => {
    const draft = applyTemplate(emptyDraft(TODAY), template('leifeng'), TODAY);
    const closedEarly = { ...draft, closesDay: '2027-03-04', closesClock: '20:00', closesFollowStart: false };
    const moved = withStart(closedEarly, '2027-03-06', '09:00');
    expect(moved).toMatchObject({ startDay: '2027-03-06', endDay: '2027-03-06', closesDay: '2027-03-04', closesClock: '20:00' });
  });
});

describe('what the form refuses before sending', () => {
  const base = withStart({ ...emptyDraft(TODAY), title: '社区服务', place: '社区中心' }, '2026-12-05', '09:00');

  it.each<[string, Partial<ActivityDraft>, string]>([
    ['a one-character title', { title: '社' }, '活动名称至少 2 个字'],
    ['no place', { place: '  ' }, '请填写活动地点'],
    ['an end before the start', { endClock: '08:00' }, '结束时间应晚于开始时间'],
    ['sign-up closing after the end', { closesDay: '2026-12-05', closesClock: '13:00' }, '报名截止不能晚于活动结束'],
    ['sign-up closing before it opens', { opensDay: '2026-12-06' }, '报名截止应晚于报名开始'],
    ['no capacity', { capacity: '' }, '名额应为 1–5000 的整数'],
    ['a fractional capacity', { capacity: '2.5' }, '名额应为 1–5000 的整数'],
    ['a 10 m circle', { circle: { latitude: 22.8, longitude: 108.3 }, radius: '10' }, '签到范围应为 20–5000 米的整数'],
    ['a fixed credit without minutes', { hoursKind: 'fixed', fixedMinutes: '' }, '固定时长应为 15–1440 分钟的整数'],
    ['org units without any chosen', { audience: 'orgUnits', orgUnitIds: [] }, '请选择参与的组织'],
    ['a team audience without a team', { audience: 'team', teamId: '' }, '请选择参与的服务队'],
  ])('%s', (_, change, message) => expect(problemOf({ ...base, ...change })).toBe(message));

  it('names every wrong row at once, so each error shows beside its own row', () => {
    expect(draftErrors({ ...emptyDraft(TODAY), capacity: '' })).toEqual({
      title: '活动名称至少 2 个字',
      place: '请填写活动地点',
      start: '请选择活动日期',
      capacity: '名额应为 1–5000 的整数',
    });
    const checked = fieldsOf(emptyDraft(TODAY));
    expect(checked.ok ? null : checked.message).toBe('活动名称至少 2 个字');
  });

  it('sends a team audience as the activity’s team, so its leaders organise it', () => {
    const fields = fieldsOrThrow({ ...base, audience: 'team', teamId: 'team-car' });
    expect(fields.audience).toEqual({ kind: 'team', teamId: 'team-car' });
    expect(fields.teamId).toBe('team-car');
  });

  it('sends the circle with its radius', () => {
    const fields = fieldsOrThrow({ ...base, circle: { latitude: 22.8, longitude: 108.3 }, radius: '150' });
    expect(fields.circle).toEqual({ latitude: 22.8, longitude: 108.3, radiusMeters: 150 });
  });
});

describe('editing', () => {
  it('an existing activity comes back into the form and is sent unchanged', () => {
    const activity: Activity = {
      activityId: 'act_abcdefghij0123456789',
      title: '国庆节志愿服务',
      description: '交通引导',
      coverFileId: 'cloud://local.starfire/uploads/o1/cover.jpg',
      coverUrl: null,
      place: '市民广场',
      circle: { latitude: 22.81, longitude: 108.32, radiusMeters: 300 },
      startAt: '2027-10-01T00:00:00.000Z',
      endAt: '2027-10-01T16:30:00.000Z',
      signUpOpensAt: '2027-09-01T00:00:00.000Z',
      signUpClosesAt: '2027-09-30T14:00:00.000Z',
      capacity: 80,
      signedUpCount: 3,
      audience: { kind: 'orgUnits', orgUnitIds: ['unit-a', 'unit-b'] },
      hoursRule: { kind: 'measured', fixedMinutes: null, rounding: 'half_hour_floor' },
      checkoutRequired: true,
      allowWalkIn: true,
      earlyMinutes: 15,
      lateMinutes: 45,
      templateKey: 'national-day',
      teamId: null,
      organiserOpenid: 'o-admin',
      organiserName: '管理员',
      status: 'scheduled',
      cancellation: null,
      postponement: null,
      createdAt: '2027-08-01T00:00:00.000Z',
    };
    const draft = draftFromActivity(activity);
    // 16:30Z is 00:30 the next Shanghai day: the form shows the end on 10-02.
    expect(draft).toMatchObject({ startDay: '2027-10-01', startClock: '08:00', endDay: '2027-10-02', endClock: '00:30' });
    const { signedUpCount, coverUrl, organiserOpenid, organiserName, status, cancellation, postponement, createdAt, activityId, ...sent } =
      activity;
    void [signedUpCount, coverUrl, organiserOpenid, organiserName, status, cancellation, postponement, createdAt, activityId];
    expect(fieldsOrThrow(draft)).toEqual(sent);
  });
});

it('names the field in a server refusal the way the form labels it', () => {
  expect(withFieldLabels('提交的信息有误：signUpClosesAt 报名截止不能晚于活动结束')).toBe(
    '提交的信息有误：报名截止 报名截止不能晚于活动结束',
  );
  expect(withFieldLabels('提交的信息有误：hoursRule.fixedMinutes 不能小于 15')).toBe('提交的信息有误：时长规则 不能小于 15');
  expect(withFieldLabels('活动名额已满')).toBe('活动名额已满');
});
