import tcb from '@cloudbase/node-sdk';
import { seedDatabase } from '../local/seed/seed-database';
import { startBenchSystem } from './bench-system';

const CLASSES = ['ou-class-rj2301', 'ou-class-jy2302', 'ou-class-sm223'];
const REPEATS = 21;
const READERS = 100;

type Database = ReturnType<ReturnType<typeof tcb.init>['database']>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const timed = async <T>(repeats: number, action: () => Promise<T>) => {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < repeats; i++) {
    const started = process.hrtime.bigint();
    last = await action();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: Number(median(times).toFixed(2)), last: last as T };
};

/** Members straight through the SDK, 50 inserts in flight, spread over the 软件专业群团支部's classes. */
const seedMembers = async (db: Database, openids: string[]) => {
  const joined = new Date(Date.now() - 86_400_000);
  for (let i = 0; i < openids.length; i += 50) {
    await Promise.all(
      openids.slice(i, i + 50).map((openid, j) =>
        db.collection('users').add({
          _id: openid,
          name: `成员${i + j}`,
          membershipStatus: 'approved',
          memberKind: 'student',
          memberNo: null,
          phone: null,
          orgUnitId: CLASSES[(i + j) % CLASSES.length],
          teamRoles: [],
          admin: false,
          latestApplicationId: null,
          createdAt: joined,
          lastLoginAt: joined,
        }),
      ),
    );
  }
};

/**
 * Publish one notice to `n` members of a 团支部 (its classes), then time through the host the
 * member's unread badge and the author's receipts summary (p50 of 21), beside the emulator's raw
 * indexed point query (doc get by _id through the SDK, p50 of 21) in the same run. The emulator
 * runs in its own process, the host in this one, as in the booking bench.
 */
export async function run(n = 5000): Promise<Record<string, unknown>> {
  const system = await startBenchSystem('notices');
  const { emulator } = system;
  try {
    await seedDatabase();
    const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
    const call = async (openid: string, payload: Record<string, unknown>) => {
      const body = await system.callAs('notices', openid, payload);
      if (!body.ok) throw new Error(`${String(payload.action)} failed: ${JSON.stringify(body)}`);
      return body.data;
    };
    const members = Array.from({ length: n }, (_, i) => `o-nb-${String(i).padStart(5, '0')}`);
    await seedMembers(db, members);
    const member = members[0];
    // Warm the host and the function module so the first timing does not pay the cold start.
    for (let i = 0; i < 10; i++) await call(member, { action: 'unreadCount' });

    const publishStarted = process.hrtime.bigint();
    const { noticeId } = await call('dev-admin', {
      action: 'publish',
      title: '关于开展学雷锋日志愿服务的通知',
      body: [{ type: 'paragraph', children: [{ text: '3 月 5 日上午，各班志愿者到实训楼集合。', bold: true }] }],
      audience: { kind: 'orgUnits', orgUnitIds: ['ou-branch-software'] },
      confirmMode: 'confirm',
    });
    const publishMs = Number(process.hrtime.bigint() - publishStarted) / 1e6;

    const readers = members.slice(1, 1 + Math.min(READERS, n - 1));
    for (let i = 0; i < readers.length; i += 20)
      await Promise.all(readers.slice(i, i + 20).map((openid) => call(openid, { action: 'confirm', noticeId })));

    // Round trips to the emulator for one call of each, from its request counters.
    const roundTrips = async (action: () => Promise<unknown>) => {
      await fetch(emulator.url.replace('/admin', '/_emulator/stats/reset'), { method: 'POST' });
      await action();
      const { requests } = (await (await fetch(emulator.url.replace('/admin', '/_emulator/stats'))).json()) as {
        requests: Record<string, number>;
      };
      return Object.values(requests).reduce((sum, count) => sum + count, 0);
    };
    const badgeRoundTrips = await roundTrips(() => call(member, { action: 'unreadCount' }));
    const summaryFirstRoundTrips = await roundTrips(() => call('dev-admin', { action: 'receipts', noticeId }));
    const summaryRoundTrips = await roundTrips(() => call('dev-admin', { action: 'receipts', noticeId }));

    const badge = await timed(REPEATS, () => call(member, { action: 'unreadCount' }));
    const summary = await timed(REPEATS, () => call('dev-admin', { action: 'receipts', noticeId }));
    const point = await timed(REPEATS, () =>
      db
        .collection('users')
        .doc(members[Math.floor(n / 2)])
        .get(),
    );

    return {
      bench: 'notices',
      members: n,
      publish_ms: Number(publishMs.toFixed(2)),
      badge_p50_ms: badge.ms,
      summary_p50_ms: summary.ms,
      point_query_ms: point.ms,
      badge_round_trips: badgeRoundTrips,
      summary_first_round_trips: summaryFirstRoundTrips,
      summary_round_trips: summaryRoundTrips,
      badge_count: badge.last.count,
      summary_audience: summary.last.audience,
      summary_read: summary.last.read,
      summary_confirmed: summary.last.confirmed,
      point_query_found: point.last.data.length,
    };
  } finally {
    await system.stop();
  }
}
