import type { Activity, Attendance } from '../../core/activity.types';
import { activityTag, placesLeft } from '../../src/format/activity-status';
import { rangeText } from '../../core/date-words';

// What a student reads on a card: my own attendance first, then where sign-up stands; times on campus.
const activity: Activity = {
  activityId: 'act-leifeng',
  title: '学雷锋日 社区志愿服务',
  description: '',
  coverFileId: null,
  coverUrl: null,
  place: '社区服务中心',
  circle: null,
  startAt: '2030-03-05T01:00:00.000Z',
  endAt: '2030-03-05T03:30:00.000Z',
  signUpOpensAt: '2030-02-25T00:00:00.000Z',
  signUpClosesAt: '2030-03-04T12:00:00.000Z',
  capacity: 30,
  signedUpCount: 12,
  audience: { kind: 'everyone' },
  hoursRule: { kind: 'measured', fixedMinutes: null, rounding: 'standard' },
  checkoutRequired: true,
  allowWalkIn: false,
  earlyMinutes: 30,
  lateMinutes: 30,
  templateKey: 'leifeng',
  teamId: null,
  organiserOpenid: 'dev-admin',
  organiserName: '陈老师',
  status: 'scheduled',
  cancellation: null,
  postponement: null,
  createdAt: '2030-02-20T00:00:00.000Z',
};
const mine: Attendance = {
  attendanceId: 'act-leifeng:o-zhang',
  activityId: 'act-leifeng',
  openid: 'o-zhang',
  name: '张同学',
  status: 'signed_up',
  signedUpAt: '2030-02-26T00:00:00.000Z',
  checkedInAt: null,
  checkinMethod: null,
  checkedOutAt: null,
  closedBy: null,
  minutes: null,
};
const at = (iso: string) => Date.parse(iso);

test('before, during and after the sign-up window', () => {
  expect(activityTag(activity, null, at('2030-02-24T00:00:00Z')).label).toBe('报名未开始');
  expect(activityTag(activity, null, at('2030-03-01T00:00:00Z')).label).toBe('报名中');
  expect(activityTag(activity, null, at('2030-03-04T12:00:01Z')).label).toBe('报名已截止');
  // Started and not yet over: 进行中, whatever the sign-up window says.
  expect(activityTag(activity, null, at('2030-03-05T01:00:00Z'))).toEqual({ key: 'running', label: '进行中' });
  expect(activityTag({ ...activity, signedUpCount: 30 }, null, at('2030-03-05T02:00:00Z')).label).toBe('进行中');
  expect(activityTag(activity, null, at('2030-03-05T03:30:00Z')).label).toBe('已结束');
});

test('full once every place is taken; a cancelled sign-up counts as none', () => {
  const full = { ...activity, signedUpCount: 30 };
  expect(activityTag(full, null, at('2030-03-01T00:00:00Z')).label).toBe('已满');
  expect(activityTag(full, { ...mine, status: 'cancelled' }, at('2030-03-01T00:00:00Z')).label).toBe('已满');
  expect(placesLeft(full)).toBe(0);
  expect(placesLeft({ ...activity, signedUpCount: 31 })).toBe(0);
});

test('my own attendance wins over the window and capacity', () => {
  const full = { ...activity, signedUpCount: 30 };
  const now = at('2030-03-05T02:00:00Z');
  expect(activityTag(full, mine, now).label).toBe('已报名');
  expect(activityTag(full, { ...mine, checkedInAt: '2030-03-05T01:02:00Z' }, now).label).toBe('已签到');
  const out = { ...mine, checkedInAt: '2030-03-05T01:02:00Z', checkedOutAt: '2030-03-05T03:20:00Z', closedBy: 'checkout' as const };
  expect(activityTag(full, out, now).label).toBe('已签退');
  expect(activityTag(full, { ...out, checkedOutAt: null, closedBy: 'auto' as const }, now).label).toBe('未签退');
  expect(activityTag({ ...activity, status: 'cancelled' }, mine, now).label).toBe('已取消');
});

test('times read in Asia/Shanghai; an activity over two days names both', () => {
  const early = new Date('2030-01-02T00:00:00Z');
  expect(rangeText(activity.startAt, activity.endAt, early)).toBe('3月5日 周二 09:00–11:30');
  expect(rangeText('2030-03-05T14:00:00Z', '2030-03-06T02:00:00Z', early)).toBe('3月5日 周二 22:00 至 3月6日 周三 10:00');
});
