import type { FunctionCall } from './function-client';
import { db, putMember } from './bookings-fixtures';

/** The seeded admin persona organises the tests' activities. */
export const ORGANISER = 'dev-admin';

/** An instant `minutes` from now, as the app sends it. */
export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A running activity by default: started 5 min ago, 2 h to go, sign-up open until 1 h from now. */
export const activityFields = (overrides: Record<string, unknown> = {}) => ({
  title: '社区义诊活动',
  place: '学校东门广场',
  startAt: minutesFromNow(-5),
  endAt: minutesFromNow(120),
  signUpOpensAt: minutesFromNow(-60),
  signUpClosesAt: minutesFromNow(60),
  capacity: 50,
  ...overrides,
});

export const createActivity = async (
  call: FunctionCall<'activities'>,
  overrides: Record<string, unknown> = {},
  as = ORGANISER,
): Promise<string> => {
  const reply = await call(as, 'create', activityFields(overrides));
  if (!reply.ok) throw new Error(`create failed: ${JSON.stringify(reply)}`);
  return reply.data.activity.activityId;
};

export const currentCode = async (call: FunctionCall<'activities'>, activityId: string, kind: 'in' | 'out' = 'in', as = ORGANISER) => {
  const reply = await call(as, 'currentCode', { activityId, kind });
  if (!reply.ok) throw new Error(`currentCode failed: ${JSON.stringify(reply)}`);
  return reply.data;
};

/** Approved student members (stored directly), signed up through the function. */
export const signedUpStudents = async (
  call: FunctionCall<'activities'>,
  activityId: string,
  prefix: string,
  count: number,
): Promise<string[]> => {
  const openids = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await Promise.all(openids.map((openid) => putMember(openid, 'student')));
  for (const openid of openids) {
    const reply = await call(openid, 'signUp', { activityId });
    if (!reply.ok) throw new Error(`signUp failed: ${JSON.stringify(reply)}`);
  }
  return openids;
};

export const attendanceDoc = async (activityId: string, openid: string) =>
  (
    await db()
      .collection('attendance')
      .where({ _id: `${activityId}:${openid}` })
      .get()
  ).data[0];

export const activityDoc = async (activityId: string) => (await db().collection('activities').where({ _id: activityId }).get()).data[0];
