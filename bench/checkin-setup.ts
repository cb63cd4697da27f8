import tcb from '@cloudbase/node-sdk';
import { ACTIVITY_CODE_GRACE_SECONDS, ACTIVITY_CODE_ROTATE_SECONDS, peekSignedCode } from '@core/signed-code-format';
import type { FunctionReply } from './bench-system';

type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;
export type CallAs = (fn: string, openid: string, payload: Record<string, unknown>) => Promise<FunctionReply>;

/** The seeded admin persona organises the benchmark's activity. */
export const ORGANISER = 'dev-admin';

/** Runs `fn` over `items` with at most `concurrency` in flight; answers the results in order. */
export const inPool = async <T, R>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index], index);
      }
    }),
  );
  return results;
};

/** `count` approved student members straight through the SDK (the sign-ups then go through the function). */
export const seedStudents = async (db: Database, prefix: string, count: number): Promise<string[]> => {
  const openids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
  const joined = new Date(Date.now() - 86_400_000);
  for (let i = 0; i < openids.length; i += 100) {
    await db.collection('users').add(
      openids.slice(i, i + 100).map((_id) => ({
        _id,
        name: `学生${_id.slice(-4)}`,
        membershipStatus: 'approved',
        memberKind: 'student',
        memberNo: null,
        phone: null,
        orgUnitId: 'ou-college-auto-info',
        teamRoles: [],
        admin: false,
        latestApplicationId: null,
        createdAt: joined,
        lastLoginAt: joined,
      })),
    );
  }
  return openids;
};

const expectOk = (what: string, reply: FunctionReply) => {
  if (!reply.ok) throw new Error(`${what} failed: ${JSON.stringify(reply)}`);
  return reply.data;
};

/**
 * One activity running now (started 5 minutes ago, 2 hours to go), open to everyone, no circle
 * and no walk-ins, created by the organiser through the function. Answers its id.
 */
export const createRunningActivity = async (
  callAs: CallAs,
  options: { capacity: number; title: string; hoursRule?: Record<string, unknown> },
): Promise<string> => {
  const now = Date.now();
  const iso = (offsetMinutes: number) => new Date(now + offsetMinutes * 60_000).toISOString();
  const reply = await callAs('activities', ORGANISER, {
    action: 'create',
    title: options.title,
    description: '签到压力测试',
    place: '学校东门广场',
    circle: null,
    startAt: iso(-5),
    endAt: iso(120),
    signUpOpensAt: iso(-30),
    signUpClosesAt: iso(60),
    capacity: options.capacity,
    audience: { kind: 'everyone' },
    ...(options.hoursRule ? { hoursRule: options.hoursRule } : {}),
    checkoutRequired: true,
    allowWalkIn: false,
  });
  return (expectOk('activities.create', reply) as { activity: { activityId: string } }).activity.activityId;
};

/** Every member signs up through the function, `concurrency` at a time. */
export const signUpAll = async (callAs: CallAs, activityId: string, openids: readonly string[], concurrency = 50) => {
  await inPool(openids, concurrency, async (openid) =>
    expectOk(`signUp ${openid}`, await callAs('activities', openid, { action: 'signUp', activityId })),
  );
};

/**
 * The organiser's current code of `kind`, taken early enough in its slot that it stays valid
 * (slot + grace) for at least `needSeconds`; otherwise waits for the next slot's code.
 */
export const freshCode = async (callAs: CallAs, activityId: string, kind: 'in' | 'out', needSeconds: number): Promise<string> => {
  for (;;) {
    const { code } = expectOk(
      'activities.currentCode',
      await callAs('activities', ORGANISER, { action: 'currentCode', activityId, kind }),
    ) as {
      code: string;
    };
    const payload = peekSignedCode(code);
    if (!payload || payload.t === 'm') throw new Error(`currentCode answered no activity code: ${code}`);
    const validUntil = (payload.s + 1) * ACTIVITY_CODE_ROTATE_SECONDS + ACTIVITY_CODE_GRACE_SECONDS;
    const left = validUntil - Date.now() / 1000;
    if (left >= Math.min(needSeconds, ACTIVITY_CODE_ROTATE_SECONDS + ACTIVITY_CODE_GRACE_SECONDS - 2)) return code;
    await new Promise((resolve) => setTimeout(resolve, (left - ACTIVITY_CODE_GRACE_SECONDS) * 1000 + 200));
  }
};

export interface AttendanceRow {
  _id: string;
  openid: string;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
}

/** Every attendance document of an activity, paged 1,000 at a time (the server's cap). */
export const readAttendance = async (db: Database, activityId: string): Promise<AttendanceRow[]> => {
  const rows: AttendanceRow[] = [];
  for (let offset = 0; ; offset += 1000) {
    const { data } = await db.collection('attendance').where({ activityId }).orderBy('_id', 'asc').skip(offset).limit(1000).get();
    rows.push(...(data as AttendanceRow[]));
    if (data.length < 1000) return rows;
  }
};
