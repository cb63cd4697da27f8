import { db } from './bookings-fixtures';

/**
 * Activities and attendance written straight into the emulator with the real SDK, in the shapes
 * of `cloudfunctions/_lib/activity.repository.ts` and `attendance.repository.ts`, so the records tests do not depend on the activities
 * function's own flows.
 */
let sequence = 0;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const newActivityId = (): string => {
  sequence += 1;
  let id = `act_t${Date.now().toString(36)}${sequence.toString(36)}`;
  while (id.length < 24) id += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return id.slice(0, 24);
};

const MINUTE = 60_000;

export interface ActivityFixture {
  _id: string;
  title: string;
  startAt: Date;
  endAt: Date;
  checkoutRequired: boolean;
  lateMinutes: number;
  earlyMinutes: number;
  hoursRule: { kind: 'measured' | 'fixed'; fixedMinutes: number | null; rounding: 'standard' | 'half_hour_floor' | 'exact' };
  organiserOpenid: string;
  teamId: string | null;
  status: 'scheduled' | 'cancelled' | 'closed';
  closedAt: Date | null;
}

export type ActivityOverrides = Partial<ActivityFixture> & Record<string, unknown> & { startedMinutesAgo?: number; hours?: number };

/**
 * An activity document in the shape `activity.repository.ts` stores: `hours` hours that started
 * `startedMinutesAgo` ago, organised by the seeded leader by default. Pure: the tests write it with
 * `putActivity`, the home benchmark in bulk.
 */
export const activityDocument = (overrides: ActivityOverrides = {}): ActivityFixture & Record<string, unknown> => {
  const { startedMinutesAgo = 240, hours = 3, ...fields } = overrides;
  const startAt = (fields.startAt as Date | undefined) ?? new Date(Date.now() - startedMinutesAgo * MINUTE);
  return {
    _id: newActivityId(),
    title: '学雷锋日社区义务维修',
    description: '',
    coverFileId: null,
    place: '汽修实训楼',
    circle: null,
    startAt,
    endAt: new Date(startAt.getTime() + hours * 60 * MINUTE),
    signUpOpensAt: new Date(startAt.getTime() - 7 * 24 * 60 * MINUTE),
    signUpClosesAt: startAt,
    capacity: 5000,
    signedUpCount: 0,
    audience: { kind: 'everyone' },
    audienceKeys: ['all'],
    hoursRule: { kind: 'measured', fixedMinutes: null, rounding: 'standard' },
    checkoutRequired: true,
    allowWalkIn: false,
    earlyMinutes: 30,
    lateMinutes: 30,
    templateKey: null,
    teamId: 'team-car-care',
    organiserOpenid: 'dev-leader',
    organiserName: '王队长',
    status: 'scheduled',
    closedAt: null,
    createdAt: new Date(startAt.getTime() - 10 * 24 * 60 * MINUTE),
    updatedAt: new Date(),
    ...fields,
  };
};

/** An activity of `hours` hours that started `startedMinutesAgo` ago, written to the emulator. */
export const putActivity = async (overrides: ActivityOverrides = {}) => {
  const activity = activityDocument(overrides);
  const { _id, ...body } = activity;
  await db().collection('activities').doc(_id).set(body);
  return activity;
};

export interface AttendanceFields {
  checkedInAt?: Date | null;
  checkedOutAt?: Date | null;
  closedBy?: string | null;
  minutes?: number | null;
  name?: string;
  [field: string]: unknown;
}

/** One member's attendance document (`attendance.repository.ts`'s shape), signed up and optionally checked in / out. */
export const attendanceDocument = (
  activity: Pick<ActivityFixture, '_id' | 'title' | 'startAt'>,
  openid: string,
  fields: AttendanceFields = {},
) => {
  const { name = `成员${openid}`, ...rest } = fields;
  return {
    _id: `${activity._id}:${openid}`,
    activityId: activity._id,
    openid,
    name,
    status: 'signed_up',
    startAt: activity.startAt,
    activityTitle: activity.title,
    signedUpAt: new Date(activity.startAt.getTime() - 24 * 60 * MINUTE),
    checkedInAt: null,
    checkinMethod: fields.checkedInAt ? 'scan' : null,
    checkedOutAt: null,
    closedBy: null,
    minutes: null,
    updatedAt: new Date(),
    ...rest,
  };
};

/** One member's attendance, signed up and (optionally) checked in / out, written to the emulator. */
export const putAttendance = async (activity: ActivityFixture, openid: string, fields: AttendanceFields = {}) => {
  const { _id, ...record } = attendanceDocument(activity, openid, fields);
  await db().collection('attendance').doc(_id).set(record);
  return { _id, ...record };
};

export const attendanceOf = async (activityId: string, openid: string) =>
  (await db().collection('attendance').doc(`${activityId}:${openid}`).get()).data[0];

export const ledgerOf = async (activityId: string) =>
  (await db().collection('hours_ledger').where({ 'source.kind': 'activity', 'source.id': activityId }).limit(1000).get()).data as {
    _id: string;
    openid: string;
    minutes: number;
    title: string;
  }[];

/** An approved member with a 学号/工号. */
export const putNumberedMember = (openid: string, memberNo: string, name: string, orgUnitId = 'ou-class-qx2301') =>
  db().collection('users').doc(openid).set({
    name,
    membershipStatus: 'approved',
    memberKind: 'student',
    memberNo,
    phone: null,
    orgUnitId,
    teamRoles: [],
    latestApplicationId: null,
    admin: false,
    createdAt: new Date(),
    lastLoginAt: new Date(),
  });

export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
